using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Domain.Services;
using Takomil.Storage.Inspections;
using Takomil.Storage.Tests.Infrastructure;

namespace Takomil.Storage.Tests;

/// <summary>A seeded database: one agency, its people, a service on the approved 2025 List, and its inspection in stage 2.</summary>
internal sealed class World
{
    public const string AgencyCode = "ADLIYA";
    public const string ServiceCode = "SRV-001";
    public static readonly DateTimeOffset Now = TestDatabase.Now;

    public Guid AgencyId { get; } = Guid.NewGuid();
    public Guid Ministry { get; } = Guid.NewGuid();
    public Guid Secretary { get; } = Guid.NewGuid();
    public Guid Lead { get; } = Guid.NewGuid();
    public Guid Member { get; } = Guid.NewGuid();
    public Guid Interviewee { get; } = Guid.NewGuid();
    public Guid Approver { get; } = Guid.NewGuid();
    public Guid Executor { get; } = Guid.NewGuid();
    public Guid ServiceId { get; } = Guid.NewGuid();
    public Guid ListId { get; } = Guid.NewGuid();
    public Guid InspectionId { get; } = Guid.NewGuid();

    public static Actor MinistryActor(World w) => Actor.Global(w.Ministry, SystemRole.MinistryLead);

    public static async Task<World> SeedAsync(TestDatabase database)
    {
        var w = new World();
        await using var db = database.CreateContext();
        var catalog = new CatalogRepository(db);
        catalog.Add(new Agency(w.AgencyId, AgencyCode, new LocalizedText("Adliya vazirligi", "Адлия вазирлиги", "Министерство юстиции", "Ministry of Justice")));
        foreach (var (id, role, name) in new[]
        {
            (w.Ministry, SystemRole.MinistryLead, "Ministry lead"), (w.Secretary, SystemRole.CommissionSecretary, "Secretary"),
            (w.Lead, SystemRole.None, "Lead"), (w.Member, SystemRole.None, "Member"), (w.Interviewee, SystemRole.None, "Interviewee"),
            (w.Approver, SystemRole.None, "Approver"), (w.Executor, SystemRole.None, "Executor"),
        })
        {
            catalog.Add(new Official(id, $"29:{id:N}", Guid.NewGuid(), name, w.AgencyId, "specialist", UiLanguage.UzLatn, role));
        }
        catalog.Add(new Service(w.ServiceId, ServiceCode, new LocalizedText("Ko'chmas mulkni ro'yxatdan o'tkazish", null, "Регистрация недвижимости", null),
            w.AgencyId, RecipientCategory.IndividualsAndLegalEntities));

        var list = new ServiceList(w.ListId, 2025);
        Ok(list.Add(MinistryActor(w), w.ServiceId, new DateOnly(2025, 9, 30)));
        Ok(list.Submit(MinistryActor(w), Now));
        Ok(list.Approve(Actor.Global(w.Secretary, SystemRole.CommissionSecretary), new DecisionReference("RK-12", new DateOnly(2025, 1, 20))));
        new ServiceListRepository(db).Add(list);

        var inspection = Inspection.Create(MinistryActor(w), w.InspectionId, list, w.ServiceId, w.Lead, Now).GetValueOrThrow();
        var lead = inspection.ActorFor(w.Lead, SystemRole.None);
        Ok(inspection.AddMember(lead, w.Member, [WorkingGroupRole.Member], Now));
        Ok(inspection.AddMember(lead, w.Interviewee, [WorkingGroupRole.Interviewee], Now));
        Ok(inspection.AddMember(lead, w.Approver, [WorkingGroupRole.Approver], Now));
        Ok(inspection.AddMember(lead, w.Executor, [WorkingGroupRole.Executor], Now));
        Ok(inspection.Fire(lead, InspectionTrigger.Start, TransitionEvidence.Of(new DecisionReference("WG order 1", new DateOnly(2025, 2, 1))), Now));
        new InspectionRepository(db).Add(inspection);
        new FactSheetRepository(db).Add(new FactSheet(w.InspectionId, 2025));
        var models = new ProcessModelRepository(db);
        models.Add(new ProcessModel(Guid.NewGuid(), w.InspectionId, ProcessModelKind.AsIs));
        models.Add(new ProcessModel(Guid.NewGuid(), w.InspectionId, ProcessModelKind.ToBe));

        await TestDatabase.UnitOfWork(db).CommitAsync(AuditEvent.By(w.Ministry, "seed", "world", new { }, Now), CancellationToken.None);
        return w;
    }

    public static Provenance EditBy(Guid official) => Provenance.FromEdit(official, Now);

    public static void Ok(Outcome outcome) => Assert.True(outcome.IsSuccess, outcome.ToString());

    public static AuditEvent Audit(Guid official, string action) => AuditEvent.By(official, action, "test", new { action }, Now);

    public static Procedure Step(string key, Guid by, params string[] predecessors) =>
        new(key, $"Step {key}", new Participant(ParticipantKind.Agency, "Registry"), "clerk", ProcedureKind.Manual,
            ["application"], ["receipt"], ["E-notary"], new TimeLimit(2, TimeUnit.WorkingDays), new Amount(null, 0.5m),
            predecessors, null, "text", [], EditBy(by));
}

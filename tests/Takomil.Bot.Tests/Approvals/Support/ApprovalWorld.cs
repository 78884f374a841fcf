using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Approvals;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Domain.Services;
using Takomil.Storage;
using Takomil.Storage.Approvals;
using Takomil.Storage.Inspections;
using Takomil.Storage.Preferences;

namespace Takomil.Bot.Tests.Approvals.Support;

/// <summary>
/// An inspection ready for approval, made through the real domain and unit of work (as the earlier stages would have
/// made it): Dilnoza leads; Bobur is a member; Nigora an interviewee; Sergey the executor of the one plan item; the
/// given people approve for the working group and the Commission; the group chat is linked.
/// </summary>
public static class ApprovalWorld
{
    public static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    public static Person Approver(int n) => new($"29:approver-{n:00}", $"Approver {n:00}", $"6a1e2b3c-1{n:000}-4d5e-8f90-a1b2c3d4e5ff");

    public static async Task<Guid> ReadyAsync(
        IServiceProvider services, string serviceCode, Chat chat, IReadOnlyList<Person> approvers, IReadOnlyList<Person> commissioners,
        ApprovalRule rule = ApprovalRule.Everyone, ApprovalRule commissionRule = ApprovalRule.FirstToRespond)
    {
        ArgumentNullException.ThrowIfNull(chat);
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<TakomilDbContext>();
        var catalog = sp.GetRequiredService<CatalogRepository>();
        var agency = await db.Agencies.OrderBy(a => a.Code).FirstAsync();
        async Task<Guid> OfficialOf(Person p)
        {
            var found = await catalog.FindOfficialByTeamsUserAsync(p.Id, null, default);
            if (found is not null) return found.Id;
            var official = new Official(Guid.NewGuid(), p.Id, Guid.Parse(p.AadObjectId), p.Name, agency.Id, "", UiLanguage.En);
            catalog.Add(official);
            return official.Id;
        }
        var lead = await OfficialOf(Person.Dilnoza);
        var member = await OfficialOf(Person.Bobur);
        var interviewee = await OfficialOf(Person.Nigora);
        var executor = await OfficialOf(Person.Sergey);
        var approverIds = new List<Guid>();
        foreach (var p in approvers) approverIds.Add(await OfficialOf(p));
        var commissionerIds = new List<Guid>();
        foreach (var p in commissioners) commissionerIds.Add(await OfficialOf(p));

        var list = await db.ServiceLists.Where(l => l.State == ServiceListState.Approved).OrderByDescending(l => l.Year).FirstAsync();
        var service = await db.Services.SingleAsync(s => s.Code == serviceCode);
        var ministry = Actor.Global(Guid.NewGuid(), SystemRole.MinistryLead);
        var inspection = Inspection.Create(ministry, Guid.NewGuid(), list, service.Id, lead, Now).GetValueOrThrow();
        var asLead = inspection.ActorFor(lead, SystemRole.None);
        Ok(inspection.AddMember(asLead, member, [WorkingGroupRole.Member], Now));
        Ok(inspection.AddMember(asLead, interviewee, [WorkingGroupRole.Interviewee], Now));
        Ok(inspection.AddMember(asLead, executor, [WorkingGroupRole.Executor], Now));
        foreach (var id in approverIds.Concat(commissionerIds).Distinct())
        {
            var roles = new List<WorkingGroupRole>();
            if (approverIds.Contains(id)) roles.Add(WorkingGroupRole.Approver);
            if (commissionerIds.Contains(id)) roles.Add(WorkingGroupRole.CommissionMember);
            Ok(inspection.AddMember(asLead, id, roles, Now));
        }
        Ok(inspection.Fire(asLead, InspectionTrigger.Start, TransitionEvidence.Of(new DecisionReference("14-IG", new DateOnly(2026, 11, 20))), Now));
        var edit = Provenance.FromEdit(member, Now);
        var asMember = inspection.ActorFor(member, SystemRole.None);
        var facts = new FactSheet(inspection.Id, inspection.Year);
        FillFacts(facts, asMember, edit, inspection.Year);
        var asIs = new ProcessModel(Guid.NewGuid(), inspection.Id, ProcessModelKind.AsIs);
        var toBe = new ProcessModel(Guid.NewGuid(), inspection.Id, ProcessModelKind.ToBe);
        Ok(asIs.Put(asMember, Step("a", edit)));
        Ok(toBe.Put(asMember, Step("x", edit)));
        Ok(inspection.Fire(asLead, InspectionTrigger.MarkModelsDrafted, TransitionEvidence.Models(facts, asIs, toBe), Now));
        Ok(inspection.PutPlanItem(asMember, new PlanItem(Guid.NewGuid(), 1, Measure.CutApplicantDocuments, "Get the cadastre extract by interagency request",
            new DateOnly(2027, 3, 1), executor, false, PlanItemStatus.Planned, null, edit, agency.Id, null, "one visit less")));

        sp.GetRequiredService<InspectionRepository>().Add(inspection);
        sp.GetRequiredService<FactSheetRepository>().Add(facts);
        sp.GetRequiredService<ProcessModelRepository>().Add(asIs);
        sp.GetRequiredService<ProcessModelRepository>().Add(toBe);
        var approvals = sp.GetRequiredService<ApprovalRepository>();
        approvals.StagePlanVersion(inspection, member, Now);
        var process = await approvals.FindOrStageAsync(inspection.Id, default);
        if (approverIds.Count > 0) Ok(process.Configure(asLead, inspection, ApprovalStage.WorkingGroup, rule, approverIds));
        if (commissionerIds.Count > 0) Ok(process.Configure(asLead, inspection, ApprovalStage.Commission, commissionRule, commissionerIds));
        await sp.GetRequiredService<IChatLinks>().StageAsync(chat.ConversationId, inspection.Id, lead, Now, default);
        await sp.GetRequiredService<InspectionsUnitOfWork>().CommitAsync(AuditEvent.By(lead, "test.ready", $"inspection:{inspection.Id}", new { }, Now), default);
        return inspection.Id;
    }

    /// <summary>Changes the plan's one item through the domain (a new version), as another editor would.</summary>
    public static async Task ChangePlanAsync(IServiceProvider services, Guid inspectionId, string description)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var inspection = (await sp.GetRequiredService<InspectionRepository>().FindAsync(inspectionId, default))!;
        var lead = inspection.Members.Single(m => m.Roles.Contains(WorkingGroupRole.Lead)).OfficialId;
        Ok(inspection.PutPlanItem(inspection.ActorFor(lead, SystemRole.None), inspection.PlanItems[0] with { Description = description }));
        sp.GetRequiredService<ApprovalRepository>().StagePlanVersion(inspection, lead, Now);
        await sp.GetRequiredService<InspectionsUnitOfWork>().CommitAsync(AuditEvent.By(lead, "plan.item.put", $"inspection:{inspection.Id}", new { }, Now), default);
    }

    internal static Procedure Step(string key, Provenance p) =>
        new(key, $"Step {key}", new Participant(ParticipantKind.Agency, "Registry"), "clerk", ProcedureKind.Manual,
            ["application"], ["receipt"], [], new TimeLimit(1, TimeUnit.WorkingDays), Amount.Zero, [], null, $"What happens in {key}", [], p);

    internal static void FillFacts(FactSheet sheet, Actor actor, Provenance p, int year)
    {
        Ok(sheet.Put(actor, new LegalAct(Guid.NewGuid(), "Resolution on e-services", "184", new DateOnly(2016, 6, 2), ["11"], p)));
        Ok(sheet.Put(actor, new ParticipatingAgency(Guid.NewGuid(), null, "Justice ministry", AgencyParticipation.Provider, ["Registry unit"], p)));
        Ok(sheet.Set(actor, new CostAndTerms(false, [new Fee("State duty", new Amount(null, 1m))],
            new TimeLimit(15, TimeUnit.WorkingDays), [PaymentMethod.BankCard], PaymentTiming.WithApplication, null, p)));
        Ok(sheet.Put(actor, new RecipientFact(Guid.NewGuid(), RecipientCategory.Individuals, null, p)));
        Ok(sheet.PutInput(actor, new DocumentFact(Guid.NewGuid(), "Passport copy", "Adliya", false, null, "files/sample-1.pdf", p)));
        Ok(sheet.PutOutput(actor, new DocumentFact(Guid.NewGuid(), "Certificate", null, false, null, "files/sample-2.pdf", p)));
        Ok(sheet.Put(actor, new InformationSystemFact(Guid.NewGuid(), "E-notary", "Adliya", ["Single portal"], p)));
        for (var y = year - 3; y < year; y++) Ok(sheet.Put(actor, new YearStatistics(y, 1000, 400, 20, 7.5m, p)));
        Ok(sheet.Set(actor, new PracticeAnalysis("Applicants bring extracts the registry already holds", [], p)));
        Ok(sheet.Set(actor, new AppealsAnalysis(3, [new AppealTopic("delays", 3)], p)));
    }

    private static void Ok(Outcome outcome) => Assert.True(outcome.IsSuccess, outcome.ToString());
}

using Microsoft.Extensions.DependencyInjection;
using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Domain.Services;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Storage;
using Takomil.Storage.Inspections;
using Takomil.Storage.Preferences;

namespace Takomil.Bot.Tests.Execution.Support;

/// <summary>An inspection seeded for execution tests: its people (Teams ids) and its plan items.</summary>
public sealed record SeededPlan(Guid InspectionId, string ServiceCode, Official Lead, Official Member, IReadOnlyList<Official> Executors,
    IReadOnlyList<Guid> ItemIds, string GroupChatId);

/// <summary>
/// Drives a whole inspection through the real domain transitions (working group, facts, models, plan, approvals)
/// to the stage a test needs, then stores it with the app's own unit of work — never by setting state. The working
/// group's chat is linked and its conversation reference stored, as if the lead had talked to the bot there.
/// </summary>
public static class PlanSeed
{
    // Each seed gets its own List year (one List per year); a host holds far fewer than 70 seeds.
    private static int _seeds;

    public static async Task<SeededPlan> SeedAsync(IServiceProvider services, InspectionStage stage, int executors,
        DateOnly? deadline = null, bool needsInformationSystem = false, string serviceUrl = "http://127.0.0.1:59999/_connector",
        UiLanguage language = UiLanguage.En, int? items = null)
    {
        return await PersistAsync(services, stage, serviceUrl, Build(stage, executors, deadline, needsInformationSystem, language, items));
    }

    /// <summary>The same inspection in memory only (for card galleries).</summary>
    public static (Agency Agency, Service Service, ServiceList List, Inspection Inspection, Official Lead, Official Member,
        IReadOnlyList<Official> Others, IReadOnlyList<Official> Executors) Build(InspectionStage stage, int executors,
        DateOnly? deadline = null, bool needsInformationSystem = false, UiLanguage language = UiLanguage.En, int? items = null)
    {
        var year = 2030 + (Interlocked.Increment(ref _seeds) % 70);
        var now = DateTimeOffset.UtcNow;
        var tag = Guid.NewGuid().ToString("N")[..8];
        var agency = new Agency(Guid.NewGuid(), "EXE-" + tag, new LocalizedText("Agentlik", "Агентлик", "Агентство", "Agency " + tag));
        var service = new Service(Guid.NewGuid(), "SVC-" + tag, new LocalizedText("Xizmat", "Хизмат", "Услуга", "Building permit " + tag), agency.Id, RecipientCategory.Individuals);
        Official Person(string role, int i = 0) => new(Guid.NewGuid(), $"29:{role}-{i}-{tag}", Guid.NewGuid(), $"{Capital(role)} {i}", agency.Id, role, language);
        var lead = Person("lead");
        var member = Person("member");
        var interviewee = Person("interviewee");
        var approver = Person("approver");
        var commissioner = Person("commissioner");
        var people = Enumerable.Range(1, executors).Select(i => Person("executor", i)).ToList();

        var ministry = Actor.Global(Guid.NewGuid(), SystemRole.MinistryLead);
        var list = new ServiceList(Guid.NewGuid(), year);
        Ok(list.Add(ministry, service.Id, new DateOnly(year, 9, 30)));
        Ok(list.Submit(ministry, now));
        Ok(list.Approve(Actor.Global(Guid.NewGuid(), SystemRole.CommissionSecretary), new DecisionReference("RK-" + year, new DateOnly(year - 1, 12, 1))));
        var inspection = Inspection.Create(ministry, Guid.NewGuid(), list, service.Id, lead.Id, now).GetValueOrThrow();
        Actor As(Official o) => inspection.ActorFor(o.Id, SystemRole.None);
        Ok(inspection.AddMember(As(lead), member.Id, [WorkingGroupRole.Member], now));
        Ok(inspection.AddMember(As(lead), interviewee.Id, [WorkingGroupRole.Interviewee], now));
        Ok(inspection.AddMember(As(lead), approver.Id, [WorkingGroupRole.Approver], now));
        Ok(inspection.AddMember(As(lead), commissioner.Id, [WorkingGroupRole.CommissionMember], now));
        foreach (var e in people) Ok(inspection.AddMember(As(lead), e.Id, [WorkingGroupRole.Executor], now));

        Ok(inspection.Fire(As(lead), InspectionTrigger.Start, TransitionEvidence.Of(new DecisionReference("WG order 1", new DateOnly(year - 1, 12, 10))), now));
        var edit = Provenance.FromEdit(member.Id, now);
        var facts = new FactSheet(inspection.Id, inspection.Year);
        FillFacts(facts, As(member), edit, inspection.Year);
        var asIs = new ProcessModel(Guid.NewGuid(), inspection.Id, ProcessModelKind.AsIs);
        var toBe = new ProcessModel(Guid.NewGuid(), inspection.Id, ProcessModelKind.ToBe);
        foreach (var p in Steps(edit, "a", "b", "c")) Ok(asIs.Put(As(member), p));
        foreach (var p in Steps(edit, "x", "y")) Ok(toBe.Put(As(member), p));
        Ok(inspection.Fire(As(lead), InspectionTrigger.MarkModelsDrafted, TransitionEvidence.Models(facts, asIs, toBe), now));
        var due = deadline ?? DateOnly.FromDateTime(now.UtcDateTime).AddDays(30);
        for (var i = 0; i < (items ?? people.Count); i++)
        {
            Ok(inspection.PutPlanItem(As(member), new PlanItem(Guid.NewGuid(), i + 1, Measure.CutApplicantDocuments,
                $"Get the cadastre extract by interagency request, part {i + 1}", due, people[i % people.Count].Id,
                needsInformationSystem && i == 0, PlanItemStatus.Planned, null, edit)));
        }
        Ok(inspection.Fire(As(approver), InspectionTrigger.EndorsePlan, TransitionEvidence.Of(new DecisionReference("WG minutes 3", new DateOnly(year - 1, 12, 20))), now));
        Ok(inspection.Fire(As(commissioner), InspectionTrigger.ApprovePlan, TransitionEvidence.Of(new DecisionReference("RK minutes 9", new DateOnly(year - 1, 12, 25))), now));
        if (stage is InspectionStage.IctProposalsSubmitted or InspectionStage.Executing && needsInformationSystem)
        {
            Ok(inspection.Fire(As(lead), InspectionTrigger.SubmitIctProposals, TransitionEvidence.Of(new DecisionReference("Letter 44", new DateOnly(year - 1, 12, 28))), now));
        }
        if (stage == InspectionStage.Executing) Ok(inspection.Fire(As(lead), InspectionTrigger.StartExecution, TransitionEvidence.None, now));
        Assert.Equal(stage, inspection.Stage);
        return (agency, service, list, inspection, lead, member, [interviewee, approver, commissioner], people);
    }

    private static async Task<SeededPlan> PersistAsync(IServiceProvider services, InspectionStage stage, string serviceUrl,
        (Agency Agency, Service Service, ServiceList List, Inspection Inspection, Official Lead, Official Member, IReadOnlyList<Official> Others, IReadOnlyList<Official> Executors) built)
    {
        var (agency, service, list, inspection, lead, member, others, people) = built;
        var now = DateTimeOffset.UtcNow;
        var tag = service.Code[4..];
        var items = inspection.PlanItems.OrderBy(i => i.Order).Select(i => i.Id).ToList();

        var groupChat = $"19:plan-{tag}@thread.v2";
        await using (var scope = services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var catalog = sp.GetRequiredService<CatalogRepository>();
            catalog.Add(agency);
            catalog.Add(service);
            foreach (var o in new[] { lead, member }.Concat(others).Concat(people)) catalog.Add(o);
            sp.GetRequiredService<ServiceListRepository>().Add(list);
            sp.GetRequiredService<InspectionRepository>().Add(inspection);
            await sp.GetRequiredService<IChatLinks>().StageAsync(groupChat, inspection.Id, lead.Id, now, CancellationToken.None);
            await sp.GetRequiredService<InspectionsUnitOfWork>().CommitAsync(
                AuditEvent.By(lead.Id, "test.seed", $"inspection:{inspection.Id}", new { stage = stage.ToString() }, now), CancellationToken.None);
            await sp.GetRequiredService<IConversationReferenceStore>().SaveAsync(new ConversationReference
            {
                ChannelId = "msteams",
                ServiceUrl = serviceUrl,
                Bot = new ChannelAccount { Id = "28:takomil-bot", Name = "Takomil" },
                User = new ChannelAccount { Id = lead.TeamsUserId, Name = lead.DisplayName },
                Conversation = new ConversationAccount { Id = groupChat, ConversationType = ConversationTypes.GroupChat, TenantId = Tests.Support.ActivityFactory.TenantId, IsGroup = true },
            }, CancellationToken.None);
        }
        return new SeededPlan(inspection.Id, service.Code, lead, member, people, items, groupChat);
    }

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static void Ok(Outcome outcome) => Assert.True(outcome.IsSuccess, outcome.ToString());

    private static void FillFacts(FactSheet sheet, Actor actor, Provenance p, int year)
    {
        Ok(sheet.Put(actor, new LegalAct(Guid.NewGuid(), "Resolution on e-services", "184", new DateOnly(2016, 6, 2), ["11", "12"], p)));
        Ok(sheet.Put(actor, new ParticipatingAgency(Guid.NewGuid(), null, "Justice ministry", AgencyParticipation.Provider, ["Registry unit"], p)));
        Ok(sheet.Set(actor, new CostAndTerms(false, [new Fee("State duty", new Amount(null, 1m))],
            new TimeLimit(15, TimeUnit.WorkingDays), [PaymentMethod.BankCard], PaymentTiming.WithApplication, null, p)));
        Ok(sheet.Put(actor, new RecipientFact(Guid.NewGuid(), RecipientCategory.Individuals, null, p)));
        Ok(sheet.PutInput(actor, new DocumentFact(Guid.NewGuid(), "Passport copy", "Adliya", false, null, "files/sample-1.pdf", p)));
        Ok(sheet.PutOutput(actor, new DocumentFact(Guid.NewGuid(), "Permit", null, false, null, "files/sample-2.pdf", p)));
        Ok(sheet.Put(actor, new InformationSystemFact(Guid.NewGuid(), "E-notary", "Adliya", ["Single portal"], p)));
        for (var y = year - 3; y < year; y++) Ok(sheet.Put(actor, new YearStatistics(y, 1000, 400, 20, 7.5m, p)));
        Ok(sheet.Set(actor, new PracticeAnalysis("Applicants bring extracts the registry already holds", [], p)));
        Ok(sheet.Set(actor, new AppealsAnalysis(3, [new AppealTopic("delays", 3)], p)));
    }

    private static IEnumerable<Procedure> Steps(Provenance p, params string[] keys)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            string[] before = i == 0 ? [] : [keys[i - 1]];
            yield return new Procedure(keys[i], $"Step {keys[i]}", new Participant(ParticipantKind.Agency, "Registry"), "clerk", ProcedureKind.Manual,
                ["application"], ["receipt"], [], new TimeLimit(1, TimeUnit.WorkingDays), Amount.Zero, before, null, $"What happens in {keys[i]}", [], p);
        }
    }
}

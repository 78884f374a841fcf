using Takomil.Bot.Approvals;
using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Approvals;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Domain.Services;
using Takomil.Domain.Facts;

namespace Takomil.Bot.Tests.Approvals.Support;

/// <summary>
/// Approval views built in memory through the real domain, for the card gallery: a plan with two items (one with
/// hostile text), a working group of three approvers (one has approved, one asked for changes is not possible under
/// "everyone" — so one approved and two pending) and a Commission member.
/// </summary>
public static class ApprovalSamples
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static ApprovalView InReview(bool decided = true)
    {
        var agency = new Agency(Guid.NewGuid(), "ADLIYA", new LocalizedText("Adliya vazirligi", "Адлия вазирлиги", "Министерство юстиции", "Ministry of Justice"));
        var people = new Dictionary<Guid, Official>();
        Guid Person(string name)
        {
            var official = new Official(Guid.NewGuid(), $"29:{Guid.NewGuid():N}", Guid.NewGuid(), name, agency.Id, "", UiLanguage.En);
            people[official.Id] = official;
            return official.Id;
        }
        var (lead, member, interviewee, executor) = (Person("Dilnoza Karimova"), Person("Bobur **Toshmatov**"), Person("Nigora Yusupova"), Person("Sergey Pak"));
        var approvers = new[] { Person("Aziz Rahimov"), Person("Olim Qodirov"), Person("Kamola ${x}") };
        var commissioner = Person("Rustam Aliyev");
        var ministry = Actor.Global(Guid.NewGuid(), SystemRole.MinistryLead);
        var list = new ServiceList(Guid.NewGuid(), 2026);
        var serviceId = Guid.NewGuid();
        Ok(list.Add(ministry, serviceId, new DateOnly(2026, 9, 30)));
        Ok(list.Submit(ministry, Now));
        Ok(list.Approve(Actor.Global(Guid.NewGuid(), SystemRole.CommissionSecretary), new DecisionReference("RK-12", new DateOnly(2026, 1, 20))));
        var inspection = Inspection.Create(ministry, Guid.NewGuid(), list, serviceId, lead, Now).GetValueOrThrow();
        var asLead = inspection.ActorFor(lead, SystemRole.None);
        Ok(inspection.AddMember(asLead, member, [WorkingGroupRole.Member], Now));
        Ok(inspection.AddMember(asLead, interviewee, [WorkingGroupRole.Interviewee], Now));
        Ok(inspection.AddMember(asLead, executor, [WorkingGroupRole.Executor], Now));
        foreach (var a in approvers) Ok(inspection.AddMember(asLead, a, [WorkingGroupRole.Approver], Now));
        Ok(inspection.AddMember(asLead, commissioner, [WorkingGroupRole.CommissionMember], Now));
        Ok(inspection.Fire(asLead, InspectionTrigger.Start, TransitionEvidence.Of(new DecisionReference("14-IG", new DateOnly(2026, 11, 20))), Now));
        var edit = Provenance.FromEdit(member, Now);
        var asMember = inspection.ActorFor(member, SystemRole.None);
        var facts = new FactSheet(inspection.Id, inspection.Year);
        ApprovalWorld.FillFacts(facts, asMember, edit, inspection.Year);
        var asIs = new ProcessModel(Guid.NewGuid(), inspection.Id, ProcessModelKind.AsIs);
        var toBe = new ProcessModel(Guid.NewGuid(), inspection.Id, ProcessModelKind.ToBe);
        Ok(asIs.Put(asMember, ApprovalWorld.Step("a", edit)));
        Ok(toBe.Put(asMember, ApprovalWorld.Step("x", edit)));
        Ok(inspection.Fire(asLead, InspectionTrigger.MarkModelsDrafted, TransitionEvidence.Models(facts, asIs, toBe), Now));
        var first = new PlanItem(Guid.NewGuid(), 1, Measure.CutApplicantDocuments, "Get the cadastre extract by interagency request",
            new DateOnly(2027, 3, 1), executor, false, PlanItemStatus.Planned, null, edit, agency.Id, null, "one visit less");
        Ok(inspection.PutPlanItem(asMember, first));
        Ok(inspection.PutPlanItem(asMember, new PlanItem(Guid.NewGuid(), 2, Measure.SingleWindow, "**Serve** through the one-stop shop <at>x</at> ${y}",
            new DateOnly(2027, 6, 1), executor, true, PlanItemStatus.Planned, null, edit, agency.Id, [first.Id], null)));
        var process = new ApprovalProcess(inspection.Id);
        Ok(process.Configure(asLead, inspection, ApprovalStage.WorkingGroup, ApprovalRule.Majority, approvers));
        Ok(process.Submit(asLead, inspection, Now));
        if (decided)
        {
            process.Decide(inspection.ActorFor(approvers[0], SystemRole.None), inspection, ApprovalStage.WorkingGroup, inspection.CurrentPlan.Hash,
                ApprovalVerdict.Approve, "Agreed — *fine*", Now).GetValueOrThrow();
        }
        var name = new LocalizedText("Koʻchmas mulkni roʻyxatdan oʻtkazish", "Кўчмас мулкни рўйхатдан ўтказиш", "Регистрация недвижимости", "Real estate registration");
        return new ApprovalView(inspection, process, name, "KAD-001", people, [agency]);
    }

    private static void Ok(Outcome outcome) => Assert.True(outcome.IsSuccess, outcome.ToString());
}

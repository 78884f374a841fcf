using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Execution;
using Takomil.Bot.Execution.Cards;
using Takomil.Bot.Inspections;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Tests.Execution.Support;
using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Execution;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Cards;
using NoticeKind = Takomil.Bot.Inspections.Cards.NoticeKind;

namespace Takomil.Bot.Tests.Cards;

/// <summary>The stage 4–5 cards, built from inspections the domain itself drove to stages 3 and 5.</summary>
public static class ExecutionGallery
{
    public const int Count = 7;

    public static IEnumerable<(string Name, AdaptiveCard Card)> Cards(IServiceProvider services, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(services);
        var items = services.GetRequiredService<PlanItemCard>();
        var dashboard = services.GetRequiredService<PlanDashboardCard>();
        var form = services.GetRequiredService<IctProposalFormCard>();
        var approved = PlanSeed.Build(InspectionStage.PlanApprovedByCommission, 3, needsInformationSystem: true);
        var executing = PlanSeed.Build(InspectionStage.Executing, 3, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3));
        var hostile = "**bold** ${x} <at>x</at> {{DATE(2026-01-01T00:00:00Z)}}";
        var inspection = executing.Inspection;
        var lead = executing.Lead;
        var at = DateTimeOffset.UtcNow;
        Ok(inspection.UpdatePlanItem(inspection.ActorFor(lead.Id, Domain.Agencies.SystemRole.None), inspection.PlanItems[1].Id,
            PlanItemStatus.Blocked, "Waiting for " + hostile, Provenance.FromEdit(lead.Id, at)));
        Ok(inspection.UpdatePlanItem(inspection.ActorFor(lead.Id, Domain.Agencies.SystemRole.None), inspection.PlanItems[2].Id,
            PlanItemStatus.Done, "Order 5", Provenance.FromEdit(lead.Id, at)));
        var first = approved.Inspection.PlanItems[0];
        var executor = approved.Executors[0].DisplayName;

        yield return ("item-assigned", items.Build(approved.Inspection, "DXA-001 — Building permit", first, executor, ItemCardReason.Assignment, culture));
        yield return ("item-executing", items.Build(inspection, "DXA-001 — Building permit", inspection.PlanItems[0], executor, ItemCardReason.Assignment, culture));
        yield return ("item-reminder", items.Build(inspection, "DXA-001 — Building permit", inspection.PlanItems[0], executor, ItemCardReason.Reminder, culture, leftBeforeDue: TimeSpan.FromDays(7)));
        yield return ("item-escalation", items.Build(inspection, "DXA-001 — Building permit", inspection.PlanItems[1], executor, ItemCardReason.Escalation, culture,
            new Notice(NoticeKind.Done, "Saved")));

        var proposal = IctProposal.Submit(approved.Inspection.ActorFor(approved.Lead.Id, Domain.Agencies.SystemRole.None), approved.Inspection, Guid.NewGuid(),
            "Cadastre gateway " + hostile, "Lets the registry ask itself", "Cadastre agency", [first.Id], 120.5m, IctPriority.High, at).GetValueOrThrow();
        var people = approved.Executors.Concat(executing.Executors).ToDictionary(o => o.Id);
        yield return ("dashboard-stage4", dashboard.Build(new PlanDashboard(approved.Inspection, "DXA-001 — Building permit", people, [proposal], MayManage: true), culture, 15));
        yield return ("dashboard-executing", dashboard.Build(new PlanDashboard(inspection, "DXA-001 — Building permit", people, [], MayManage: true), culture, 2));
        yield return ("ict-proposal-form", form.Build(approved.Inspection, "DXA-001 — Building permit", culture));
    }

    private static void Ok(Outcome outcome) => Assert.True(outcome.IsSuccess, outcome.ToString());
}

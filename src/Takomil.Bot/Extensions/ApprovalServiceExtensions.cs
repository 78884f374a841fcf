using Takomil.Bot.Approvals;
using Takomil.Bot.Approvals.Actions;
using Takomil.Bot.Approvals.Cards;
using Takomil.Bot.Approvals.Commands;
using Takomil.Bot.Conversation;
using Takomil.Protocol.Hosting;

namespace Takomil.Bot.Extensions;

public static class ApprovalServiceExtensions
{
    /// <summary>
    /// The action plan and its approval (Res. 184 p. 25–26, annex stage 3): the <c>plan</c> command, the plan, item
    /// and approvers cards, the approval card with its refresh and decision verbs, and the broadcast of requests.
    /// Needs <c>AddTakomilInspections()</c> (officials, locator, texts of the domain).
    /// </summary>
    public static IServiceCollection AddTakomilApprovals(this IServiceCollection services)
    {
        services.AddSingleton<ApprovalTexts>();
        services.AddSingleton<ApprovalCard>().AddSingleton<PlanCard>().AddSingleton<PlanItemCard>().AddSingleton<ApprovalSettingsCard>();
        services.AddScoped<ApprovalViews>().AddScoped<ApprovalReplies>().AddScoped<ApprovalWorkflow>().AddScoped<ApprovalBroadcast>();

        services.AddCommand<PlanCommand>().AddSingleton(new HelpEntry("Cmd.Plan.Usage", "Cmd.Plan.Description", 60));
        services.AddCardAction<ShowPlanAction>();
        services.AddCardAction<EditPlanItemAction>();
        services.AddCardAction<SavePlanItemAction>();
        services.AddCardAction<RemovePlanItemAction>();
        services.AddCardAction<ShowApprovalSettingsAction>();
        services.AddCardAction<SaveApprovalSettingsAction>();
        services.AddCardAction<SubmitPlanAction>();
        services.AddCardAction<RefreshApprovalAction>();
        services.AddCardAction<ApproveAction>();
        services.AddCardAction<RejectAction>();
        services.AddCardAction<RequestChangesAction>();
        return services;
    }
}

using System.Globalization;
using Takomil.Bot.Inspections.Cards;
using Takomil.Domain.Access;
using Takomil.Domain.Approvals;
using Takomil.Domain.Common;
using Takomil.Protocol.Cards;
using BotCards = Takomil.Bot.Cards;
using V = Takomil.Bot.Approvals.ApprovalVerbs;

namespace Takomil.Bot.Approvals.Cards;

/// <summary>
/// The lead names each stage's approvers (working-group members; the stage's role is granted when missing) and its
/// rule: everyone, majority, or the first to respond.
/// </summary>
public sealed class ApprovalSettingsCard(ApprovalTexts texts)
{
    public static string ApproversInput(ApprovalStage stage) => stage == ApprovalStage.Commission ? "commissionApprovers" : "groupApprovers";

    public static string RuleInput(ApprovalStage stage) => stage == ApprovalStage.Commission ? "commissionRule" : "groupRule";

    public AdaptiveCard Build(ApprovalView view, CultureInfo culture, Notice? notice = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new List<CardElement>();
        if (notice is not null) body.Add(InspectionCardParts.NoticeBlock(notice));
        body.Add(BotCards.CardParts.Title(texts.Get("Approval.Settings.Title", culture)));
        var unknown = texts.Get("Plan.Unassigned", culture);
        var members = view.Inspection.Members.Where(m => !m.Roles.SequenceEqual([WorkingGroupRole.Interviewee])).ToList();
        foreach (var stage in Enum.GetValues<ApprovalStage>())
        {
            var named = view.Process.ApproversOf(stage);
            var chosen = named.Count > 0 ? named
                : [.. members.Where(m => m.Roles.Contains(ApprovalProcess.RoleFor(stage))).Select(m => m.OfficialId)];
            body.Add(InspectionCardParts.Section(texts.Stage(stage, culture)));
            body.Add(new ChoiceSetInput(ApproversInput(stage), [.. members.Select(m => new Choice(view.NameOf(m.OfficialId, unknown), m.OfficialId.ToString()))])
            {
                Label = texts.Get("Approval.Settings.Approvers", culture), IsMultiSelect = true, Style = ChoiceInputStyle.Compact,
                Value = chosen.Count == 0 ? null : string.Join(",", chosen),
            });
            body.Add(new ChoiceSetInput(RuleInput(stage), [.. Enum.GetValues<ApprovalRule>().Select(r => new Choice(texts.Rule(r, culture), r.ToString()))])
            {
                Label = texts.Get("Approval.Settings.Rule", culture), Style = ChoiceInputStyle.Compact, Value = view.Process.RuleOf(stage).ToString(),
            });
        }
        var id = view.Inspection.Id.ToString();
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new ExecuteAction(V.SettingsSave, ActionData.Of((V.InspectionIdKey, id))) { Title = texts.Get("Plan.Button.Save", culture), Style = ActionStyle.Positive },
                new ExecuteAction(V.PlanShow, ActionData.Of((V.InspectionIdKey, id))) { Title = texts.Get("Plan.Button.Cancel", culture), AssociatedInputs = AssociatedInputs.None },
            ],
            FallbackText = texts.Get("Approval.Settings.Title", culture),
        };
    }
}

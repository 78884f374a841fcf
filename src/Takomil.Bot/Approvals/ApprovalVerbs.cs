using System.Text.RegularExpressions;
using Takomil.Domain.Approvals;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Approvals;

/// <summary>The verbs and data keys of the plan and approval cards. Card data carries ids only; the database decides.</summary>
public static partial class ApprovalVerbs
{
    public const string PlanShow = "plan.show";
    public const string PlanItemEdit = "plan.item.edit";
    public const string PlanItemSave = "plan.item.save";
    public const string PlanItemRemove = "plan.item.remove";
    public const string Settings = "approval.settings";
    public const string SettingsSave = "approval.settings.save";
    public const string Submit = "approval.submit";
    public const string Refresh = "approval.refresh";
    public const string Approve = "approval.approve";
    public const string Reject = "approval.reject";
    public const string RequestChanges = "approval.changes";

    public const string InspectionIdKey = "inspectionId";
    public const string StageKey = "stage";
    public const string HashKey = "hash";
    public const string ItemIdKey = "itemId";
    public const string CommentKey = "comment";

    public static Guid? InspectionId(CardInvocation action) => GuidOf(action, InspectionIdKey);

    public static Guid? GuidOf(CardInvocation action, string key)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Guid.TryParse(action.GetString(key), out var id) ? id : null;
    }

    /// <summary>A SHA-256 in lower-case hex, or null for anything else.</summary>
    public static string? Hash(CardInvocation action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var hash = action.GetString(HashKey);
        return hash is not null && HashPattern().IsMatch(hash) ? hash : null;
    }

    /// <summary>The stage by its exact name (no numbers, no combinations).</summary>
    public static ApprovalStage? Stage(CardInvocation action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var name = action.GetString(StageKey);
        return name is not null && Enum.GetNames<ApprovalStage>().Contains(name, StringComparer.Ordinal) ? Enum.Parse<ApprovalStage>(name) : null;
    }

    [GeneratedRegex("^[0-9a-f]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex HashPattern();
}

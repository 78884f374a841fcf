using System.Globalization;
using Takomil.Bot.Localization;
using Takomil.Domain.Common;
using Takomil.Protocol.Cards;
using R = Takomil.Domain.Common.ReasonCodes;

namespace Takomil.Bot.Inspections;

/// <summary>
/// A domain refusal in the user's language. Each reason code has the text <c>Reason.{code}</c>, whose placeholders
/// take the refusal's named arguments in the order listed here; enum-valued arguments are shown by their localised
/// names. The result is safe markdown: every value from outside (names, codes, step keys) is escaped.
/// </summary>
public sealed class ReasonTexts(Texts texts, DomainNames names)
{
    public const string KeyPrefix = "Reason.";
    public const string UnknownKey = "Reason.Unknown";
    public const string PlanFieldPrefix = "PlanField";

    /// <summary>Code → the argument names its text shows, in placeholder order.</summary>
    internal static IReadOnlyDictionary<string, string[]> Arguments { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [R.AccessDenied] = ["permission"],
        [R.NotInWorkingGroup] = [],
        [R.StageLocked] = ["permission", "stage"],
        [R.NotAssignedExecutor] = [],
        [R.ValueRequired] = ["field"],
        [R.ValueInvalid] = ["field"],
        [R.ValueOutOfRange] = [],
        [R.ListNotDraft] = ["state"],
        [R.ListNotSubmitted] = ["state"],
        [R.ListEmpty] = ["year"],
        [R.ListServiceAlreadyListed] = ["year"],
        [R.ListServiceNotListed] = ["year"],
        [R.ListDeadlineOutsideYear] = ["deadline", "year"],
        [R.ListDecisionRequired] = [],
        [R.InspectionListNotApproved] = ["year"],
        [R.InspectionTransitionNotAllowed] = ["trigger", "stage"],
        [R.InspectionEvidenceRequired] = ["trigger"],
        [R.InspectionEvidenceMismatch] = [],
        [R.InspectionWorkingGroupIncomplete] = ["missingRoles"],
        [R.InspectionFactsIncomplete] = ["sections"],
        [R.InspectionModelMissing] = ["kind"],
        [R.InspectionModelInvalid] = ["kind"],
        [R.InspectionPlanEmpty] = [],
        [R.InspectionPlanItemIncomplete] = ["order", "field"],
        [R.InspectionPlanItemsOpen] = ["open"],
        [R.InspectionIctProposalsRequired] = ["items"],
        [R.InspectionNotSuspended] = [],
        [R.WorkingGroupAlreadyMember] = ["officialId"],
        [R.WorkingGroupNotMember] = ["officialId"],
        [R.WorkingGroupLeadExists] = [],
        [R.WorkingGroupLastLead] = [],
        [R.WorkingGroupNoRoles] = [],
        [R.PlanItemNotFound] = [],
        [R.PlanItemExecutorNotMember] = [],
        [R.FactMissing] = ["path"],
        [R.FactItemNotFound] = [],
        [R.FactStatisticsYearMissing] = ["year"],
        [R.FactStatisticsInconsistent] = ["year"],
        [R.ModelEmpty] = ["kind"],
        [R.ModelCycle] = ["steps"],
        [R.ModelDanglingPredecessor] = ["step", "predecessor"],
        [R.ModelDuplicateStep] = ["step"],
        [R.ModelStepNotFound] = ["step"],
        [R.ModelStepIsPredecessor] = ["step", "dependents"],
        [R.ModelDecisionCriteriaMissing] = ["step"],
        [R.ModelTimeLimitMissing] = ["step"],
    };

    /// <param name="shown">Display text for raw argument values the caller can name (an official's id → their name).</param>
    public string Describe(Refusal refusal, CultureInfo culture, IReadOnlyDictionary<string, string>? shown = null)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        if (!Arguments.TryGetValue(refusal.Code, out var argumentNames))
        {
            return texts.Format(UnknownKey, culture, MarkdownText.Escape(refusal.Code));
        }
        var values = argumentNames
            .Select(name => (object?)Render(refusal.Code, name, refusal.Args.GetValueOrDefault(name) ?? string.Empty, culture, shown))
            .ToArray();
        return texts.Format(KeyPrefix + refusal.Code, culture, values);
    }

    private string Render(string code, string argument, string value, CultureInfo culture, IReadOnlyDictionary<string, string>? shown)
    {
        if (shown is not null && shown.TryGetValue(value, out var display)) return MarkdownText.Escape(display);
        return argument switch
        {
            "permission" => names.Named(DomainNames.PermissionPrefix, value, culture),
            "stage" => names.Named(DomainNames.StagePrefix, value, culture),
            "trigger" => names.Named(DomainNames.TriggerPrefix, value, culture),
            "state" => names.Named(DomainNames.ListStatePrefix, value, culture),
            "kind" => names.Named(DomainNames.ModelKindPrefix, value, culture),
            "missingRoles" => EachOf(value, DomainNames.RolePrefix, culture),
            "sections" => EachOf(value, DomainNames.SectionPrefix, culture),
            "field" when code == R.InspectionPlanItemIncomplete => names.Named(PlanFieldPrefix, value, culture),
            _ => MarkdownText.Escape(value),
        };
    }

    // The domain joins enum names with ", " (e.g. "Member, Interviewee").
    private string EachOf(string joined, string prefix, CultureInfo culture) =>
        string.Join(", ", joined.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => names.Named(prefix, v, culture)));
}

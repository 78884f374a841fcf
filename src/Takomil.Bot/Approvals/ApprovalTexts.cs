using System.Globalization;
using Takomil.Bot.Inspections;
using Takomil.Bot.Localization;
using Takomil.Domain.Approvals;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Cards;
using A = Takomil.Domain.Approvals.ApprovalReasonCodes;

namespace Takomil.Bot.Approvals;

/// <summary>
/// The words of the plan and its approval, from the <c>Approvals</c> text family: names of stages, rules, verdicts
/// and measures, and the refusals of <see cref="ApprovalReasonCodes"/> (text <c>Approval.Reason.{code}</c>, placeholders
/// in the order listed here). Any other refusal is described by <see cref="ReasonTexts"/>. Results are safe markdown.
/// </summary>
public sealed class ApprovalTexts(Texts texts, ReasonTexts reasons, DomainNames names)
{
    public const string KeyPrefix = "Approval.Reason.";

    /// <summary>Code → the argument names its text shows, in placeholder order.</summary>
    internal static IReadOnlyDictionary<string, string[]> Arguments { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [A.PlanDependencyUnknown] = ["order"],
        [A.PlanDependencyCycle] = ["order"],
        [A.PlanTextTooLong] = ["max"],
        [A.PlanOrderInvalid] = [],
        [A.PlanDescriptionRequired] = [],
        [A.WrongInspection] = [],
        [A.NotApprover] = ["stage"],
        [A.ApproverLacksRole] = ["officialId", "role"],
        [A.NoApprovers] = ["stage"],
        [A.NotOpen] = [],
        [A.StageClosed] = ["stage"],
        [A.VersionOutdated] = ["version"],
        [A.AlreadyDecided] = ["verdict"],
        [A.AlreadyInReview] = [],
        [A.NewVersionNeeded] = ["version"],
        [A.CommentRequired] = [],
        [A.CommentTooLong] = ["max"],
        [A.LeadOnly] = [],
        [A.CardMismatch] = [],
        [A.UnknownCard] = [],
        [A.Busy] = [],
    };

    public string Describe(Refusal refusal, CultureInfo culture, IReadOnlyDictionary<string, string>? shown = null)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        if (!Arguments.TryGetValue(refusal.Code, out var argumentNames)) return reasons.Describe(refusal, culture, shown);
        var values = argumentNames
            .Select(name => (object?)Render(name, refusal.Args.GetValueOrDefault(name) ?? string.Empty, culture, shown))
            .ToArray();
        return texts.Format(KeyPrefix + refusal.Code, culture, values);
    }

    public string Get(string key, CultureInfo culture) => texts.Get(key, culture);

    public string Format(string key, CultureInfo culture, params object?[] args) => texts.Format(key, culture, args);

    public string Stage(ApprovalStage stage, CultureInfo culture) => texts.Get($"Approval.Stage.{stage}", culture);

    public string Rule(ApprovalRule rule, CultureInfo culture) => texts.Get($"Approval.Rule.{rule}", culture);

    public string Verdict(ApprovalVerdict verdict, CultureInfo culture) => texts.Get($"Approval.Verdict.{verdict}", culture);

    /// <summary>A decision as the status shows it ("approved", "asked for changes").</summary>
    public string Decision(ApprovalVerdict verdict, CultureInfo culture) => texts.Get($"Approval.Decision.{verdict}", culture);

    /// <summary>"c) Set or cut time limits".</summary>
    public string Measure(Measure measure, CultureInfo culture) => $"{measure.Letter()}) {texts.Get($"Plan.Measure.{measure}", culture)}";

    public string InspectionStage(InspectionStage stage, CultureInfo culture) => names.Stage(stage, culture);

    private string Render(string argument, string value, CultureInfo culture, IReadOnlyDictionary<string, string>? shown)
    {
        if (shown is not null && shown.TryGetValue(value, out var display)) return MarkdownText.Escape(display);
        return argument switch
        {
            "stage" when Enum.TryParse<ApprovalStage>(value, out var stage) => Stage(stage, culture),
            "verdict" when Enum.TryParse<ApprovalVerdict>(value, out var verdict) => Verdict(verdict, culture),
            "role" => names.Named(DomainNames.RolePrefix, value, culture),
            _ => MarkdownText.Escape(value),
        };
    }
}

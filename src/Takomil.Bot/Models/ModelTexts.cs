using System.Globalization;
using Takomil.Analysis.Findings;
using Takomil.Analysis.Measures;
using Takomil.Bot.Localization;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Protocol.Cards;

namespace Takomil.Bot.Models;

/// <summary>
/// Renders what the analysis says in keys and parameters — <see cref="Finding.Code"/>, <see cref="Transformation.Code"/>,
/// metric keys, measures — from the <c>Models</c> texts in the reader's language. Every value that came from the model
/// or the fact sheet (names of documents, steps, systems) is escaped, so the result is safe trusted markdown.
/// </summary>
public sealed class ModelTexts(Texts texts)
{
    private Func<string, string> escape = MarkdownText.Escape;

    /// <summary>The same texts for documents that escape on their own (the report): outside values stay as they are.</summary>
    public ModelTexts Plain() => new(texts) { escape = s => s };

    /// <summary>Names steps the way this instance escapes.</summary>
    public StepNames Steps(IReadOnlyList<Procedure> procedures) => new(procedures, escape);

    public const string MetricPrefix = "analysis.metric.";

    /// <summary>The parameters each finding text takes, in placeholder order. Step-key parameters are shown as "n. title".</summary>
    public static readonly IReadOnlyDictionary<string, string[]> FindingArguments = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["analysis.finding.once_only.held_in_system"] = ["document", "system", "issuer"],
        ["analysis.finding.once_only.issued_by_agency"] = ["document", "issuer"],
        ["analysis.finding.electronic_interaction.visit"] = [],
        ["analysis.finding.electronic_interaction.paper"] = [],
        ["analysis.finding.applicant_visits.too_many"] = ["visits", "max", "offices"],
        ["analysis.finding.unused_output.not_used"] = [],
        ["analysis.finding.duplicate_function.same_function"] = ["function", "agencies"],
        ["analysis.finding.parallel_steps.no_data_dependency"] = ["step", "predecessor"],
        ["analysis.finding.critical_path.no_legal_limit"] = ["criticalPathDays", "stepsWithoutTimeLimit"],
        ["analysis.finding.critical_path.exceeds"] = ["criticalPathDays", "legalLimitDays", "excessDays", "stepsWithoutTimeLimit"],
        ["analysis.finding.sign_off_levels.too_many_levels"] = ["levels", "max", "roles"],
        ["analysis.finding.document_unification.not_unified"] = ["gaps", "unclassified"],
        ["analysis.finding.decision_criteria.missing"] = ["side"],
        ["analysis.finding.decision_criteria.vague"] = ["side", "criteria"],
    };

    private static readonly HashSet<string> StepParameters = ["step", "predecessor"];

    /// <summary>Why the rule fired, in words; a code this version does not know still gets a generic sentence.</summary>
    public string Finding(Finding finding, StepNames steps, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(steps);
        if (!FindingArguments.TryGetValue(finding.Code, out var names)) return texts.Format("analysis.finding.unknown", culture, escape(finding.RuleId));
        var args = names.Select(n => (object?)Argument(n, finding.Parameters.GetValueOrDefault(n) ?? string.Empty, steps, culture)).ToArray();
        return texts.Format(finding.Code, culture, args);
    }

    /// <summary>What one transformation changes, in words.</summary>
    public string Change(Transformation change, StepNames steps, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(steps);
        object[] args = change switch
        {
            RequestFromAgency r => [Esc(r.Document), Esc(r.System ?? "—")],
            RemoveStep r => r.Heir is null ? [steps.Name(r.StepKey)] : [steps.Name(r.StepKey), steps.Name(r.Heir)],
            DropPredecessor d => [steps.Name(d.StepKey), steps.Name(d.Predecessor)],
            MakeElectronic m => [steps.Name(m.StepKey)],
            RouteThroughOneStopShop o => [steps.Names(o.StepKeys)],
            MoveToAgency m => [steps.Name(m.StepKey), Esc(m.AgencyName)],
            CutTimeLimit c => [steps.Name(c.StepKey), c.Limit.Value.ToString("0.##", culture), texts.Get("analysis.unit." + c.Limit.Unit, culture)],
            MarkForMeasure m => m.Document is null ? [steps.Names(m.StepKeys)] : [Esc(m.Document), steps.Names(m.StepKeys)],
            _ => [],
        };
        return texts.Format(change.Code, culture, args);
    }

    public string Metric(string metricKey, CultureInfo culture) => texts.Get(MetricPrefix + metricKey, culture);

    /// <summary>A rule's short title ("R03-applicant-visits" → "Too many visits").</summary>
    public string RuleTitle(string ruleId, CultureInfo culture) => Texts.GetExact("analysis.rule." + ruleId, string.Empty) is null
        ? escape(ruleId)
        : texts.Get("analysis.rule." + ruleId, culture);

    /// <summary>The measure's letter of p. 6 (a–i, as docs/domain.md letters them).</summary>
    public static char Letter(Measure measure) => (char)('a' + (int)measure);

    public string MeasureTitle(Measure measure, CultureInfo culture) => texts.Get("Measure." + measure, culture);

    private string Argument(string name, string value, StepNames steps, CultureInfo culture)
    {
        if (StepParameters.Contains(name)) return steps.Name(value);
        if (name == "side") return texts.Get("analysis.side." + (value is "grant" or "refusal" ? value : "both"), culture);
        if (name == "gaps")
        {
            var known = new[] { "template", "requisites", "classifiers" };
            return string.Join(", ", value.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(g => known.Contains(g) ? texts.Get("analysis.gap." + g, culture) : Esc(g)));
        }
        if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && !value.Contains(' ', StringComparison.Ordinal))
        {
            return number.ToString("0.##", culture);
        }
        return Esc(value.Length == 0 ? "—" : value);
    }

    private string Esc(string text) => escape(text);
}

/// <summary>Procedures shown as "n. title" (numbered in execution order, as the diagram and the description number them).</summary>
public sealed class StepNames(IReadOnlyList<Procedure> procedures, Func<string, string>? escape = null)
{
    private readonly Func<string, string> escape = escape ?? MarkdownText.Escape;

    private readonly IReadOnlyDictionary<string, int> numbering = SafeNumbering(procedures);
    private readonly Dictionary<string, string> titles = procedures.GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);

    public string Name(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var title = titles.TryGetValue(key, out var t) ? t : key;
        var text = numbering.TryGetValue(key, out var n) ? $"{n}. {title}" : title;
        return escape(text);
    }

    public string Names(IEnumerable<string> keys) => string.Join("; ", keys.Select(Name));

    private static IReadOnlyDictionary<string, int> SafeNumbering(IReadOnlyList<Procedure> procedures)
    {
        // A model whose order is broken has no execution order; its steps are then named without numbers.
        return ProcessGraph.StructuralIssues(procedures).Count == 0
            ? Takomil.Documents.Diagrams.ProcedureDescriber.Numbering(procedures)
            : new Dictionary<string, int>();
    }
}

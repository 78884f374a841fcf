using Takomil.Analysis.Burden;
using Takomil.Analysis.Findings;
using Takomil.Analysis.Measures;
using Takomil.Analysis.Rules;
using Takomil.Domain.Common;
using Takomil.Domain.Models;

namespace Takomil.Analysis;

public enum AnalysisStatus
{
    /// <summary>All rules ran.</summary>
    Analysed = 0,

    /// <summary>The model has no procedures: nothing to analyse, no findings.</summary>
    ModelEmpty = 1,

    /// <summary>The order of procedures is broken (see the issues): only the rules that ignore order ran.</summary>
    ModelInvalid = 2,

    /// <summary>The options are unusable (see the issues): nothing ran.</summary>
    OptionsInvalid = 3,
}

/// <summary>The result of one analysis: findings (p. 14), the measures proposed for them (p. 6) and the burden figures.</summary>
public sealed record AnalysisReport(
    AnalysisStatus Status,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<MeasureProposal> Proposals,
    IReadOnlyList<Refusal> Issues,
    BurdenFigures? Burden);

/// <summary>
/// Runs the p. 14 rules over a model and its fact sheet, proposes the p. 6 measures and computes the burden. Pure: the
/// same input gives the same report, with the same ids.
/// </summary>
public sealed class ServiceAnalyzer
{
    private readonly IReadOnlyList<IAnalysisRule> rules;

    public ServiceAnalyzer(AnalysisOptions? options = null, IEnumerable<IAnalysisRule>? rules = null)
    {
        Options = options ?? AnalysisOptions.Default;
        this.rules = rules?.ToList() ?? StandardRules;
    }

    /// <summary>The ten rules of docs/analysis.md, R01 to R10.</summary>
    public static IReadOnlyList<IAnalysisRule> StandardRules { get; } =
    [
        new R01OnceOnlyRule(), new R02ElectronicInteractionRule(), new R03ApplicantVisitsRule(), new R04UnusedOutputRule(),
        new R05DuplicateFunctionRule(), new R06ParallelStepsRule(), new R07CriticalPathRule(), new R08SignOffLevelsRule(),
        new R09DocumentUnificationRule(), new R10DecisionCriteriaRule(),
    ];

    public AnalysisOptions Options { get; }

    public AnalysisReport Analyze(AnalysisInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var optionIssues = Options.Validate();
        if (optionIssues.Count > 0) return new AnalysisReport(AnalysisStatus.OptionsInvalid, [], [], optionIssues, null);
        var context = new AnalysisContext(input, Options);
        if (context.Procedures.Count == 0)
        {
            return new AnalysisReport(
                AnalysisStatus.ModelEmpty, [], [], [Refusal.Of(ReasonCodes.ModelEmpty, ("kind", ProcessModelKind.AsIs))], null);
        }

        var findings = new List<Finding>();
        var proposals = new List<MeasureProposal>();
        foreach (var rule in rules)
        {
            if (rule.NeedsValidGraph && !context.IsValidGraph) continue;
            foreach (var finding in rule.Evaluate(context).DistinctBy(f => f.Id))
            {
                findings.Add(finding);
                foreach (var proposal in rule.Propose(finding, context)) Merge(proposals, proposal);
            }
        }
        var status = context.IsValidGraph ? AnalysisStatus.Analysed : AnalysisStatus.ModelInvalid;
        return new AnalysisReport(status, findings, proposals, context.GraphIssues, BurdenCalculator.Compute(context));
    }

    /// <summary>Two findings proposing the same change make one proposal with both as its rationale.</summary>
    private static void Merge(List<MeasureProposal> proposals, MeasureProposal proposal)
    {
        var index = proposals.FindIndex(p => p.Id == proposal.Id);
        if (index < 0)
        {
            proposals.Add(proposal);
            return;
        }
        var existing = proposals[index];
        proposals[index] = existing with { FindingIds = [.. existing.FindingIds.Union(proposal.FindingIds, StringComparer.Ordinal)] };
    }
}

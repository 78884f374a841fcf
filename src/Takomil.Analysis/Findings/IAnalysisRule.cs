using Takomil.Analysis.Measures;

namespace Takomil.Analysis.Findings;

/// <summary>
/// One p. 14 analysis rule: what it looks for (<see cref="Evaluate"/>) and which p. 6 measures answer what it found
/// (<see cref="Propose"/>). Ids look like "R01-once-only"; the point is the Regulation's ("14", "6b", "7").
/// </summary>
public interface IAnalysisRule
{
    string Id { get; }

    string RegulationPoint { get; }

    /// <summary>Rules that follow the order of procedures need a valid DAG; the others also run on a broken model.</summary>
    bool NeedsValidGraph { get; }

    IEnumerable<Finding> Evaluate(AnalysisContext context);

    IEnumerable<MeasureProposal> Propose(Finding finding, AnalysisContext context);
}

using Takomil.Analysis.Common;
using Takomil.Analysis.Findings;
using Takomil.Analysis.Measures;
using Takomil.Domain.Inspections;

namespace Takomil.Analysis.Rules;

/// <summary>
/// p. 14, third item (terms that can be shortened): a step waits for a predecessor whose outputs it does not use, so
/// the two could run side by side. A decision step is a real dependency (what follows depends on its answer), and a
/// step without inputs or a predecessor without outputs gives nothing to judge by, so those are left alone.
/// Answered by a) dropping the false predecessor.
/// </summary>
public sealed class R06ParallelStepsRule : IAnalysisRule
{
    public string Id => "R06-parallel-steps";

    public string RegulationPoint => "14";

    public bool NeedsValidGraph => true;

    public IEnumerable<Finding> Evaluate(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var key in context.Graph.Topological ?? [])
        {
            var step = context.Graph.Find(key)!;
            if (step.InputDocuments.Count == 0) continue;
            var preds = context.Graph.PredecessorsOf(step).ToList();
            foreach (var pred in preds)
            {
                if (pred.OutputDocuments.Count == 0 || pred.Decision is not null) continue;
                if (step.InputDocuments.Any(d => pred.OutputDocuments.Contains(d, Names.Comparer))) continue;
                // Another predecessor already waits for this one: dropping the edge would gain nothing.
                if (preds.Any(o => o.Key != pred.Key && context.Graph.IsAncestor(pred.Key, o.Key))) continue;
                yield return Finding.Create(
                    this, "no_data_dependency", [pred.Key, step.Key], pred.OutputDocuments, [],
                    ("predecessor", pred.Key), ("step", step.Key));
            }
        }
    }

    public IEnumerable<MeasureProposal> Propose(Finding finding, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(finding);
        yield return MeasureProposal.Create(
            Id, Measure.ChangeProcedures, [finding.Id], new DropPredecessor(finding.Procedures[1], finding.Procedures[0]));
    }
}

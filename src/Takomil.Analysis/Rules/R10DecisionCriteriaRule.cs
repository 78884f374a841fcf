using Takomil.Analysis.Common;
using Takomil.Analysis.Findings;
using Takomil.Analysis.Measures;
using Takomil.Domain.Inspections;

namespace Takomil.Analysis.Rules;

/// <summary>
/// p. 14, last item: a decision whose grant or refusal criteria are missing, or vague — too short to apply, or leaving
/// it to discretion ("boshqa hollarda", "при необходимости"). Answered by a): the working group writes the criteria.
/// </summary>
public sealed class R10DecisionCriteriaRule : IAnalysisRule
{
    public string Id => "R10-decision-criteria";

    public string RegulationPoint => "14";

    public bool NeedsValidGraph => false;

    public IEnumerable<Finding> Evaluate(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var p in context.Procedures.Where(p => p.Decision is not null))
        {
            var grant = p.Decision!.GrantCriteria.Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
            var refusal = p.Decision.RefusalCriteria.Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
            var agencies = context.AgencyOf(p) is { } a ? new[] { a.Name } : [];
            if (grant.Count == 0 || refusal.Count == 0)
            {
                var side = grant.Count == 0 && refusal.Count == 0 ? "both" : grant.Count == 0 ? "grant" : "refusal";
                yield return Finding.Create(this, "missing", [p.Key], [], agencies, ("side", side));
                continue;
            }
            var vagueGrant = grant.Where(IsVague).ToList();
            var vagueRefusal = refusal.Where(IsVague).ToList();
            if (vagueGrant.Count + vagueRefusal.Count == 0) continue;
            var side2 = vagueGrant.Count > 0 && vagueRefusal.Count > 0 ? "both" : vagueGrant.Count > 0 ? "grant" : "refusal";
            yield return Finding.Create(
                this, "vague", [p.Key], [], agencies, ("side", side2), ("criteria", string.Join(" | ", vagueGrant.Concat(vagueRefusal))));
        }

        bool IsVague(string criterion) =>
            criterion.Trim().Length < context.Options.MinCriterionLength || Names.ContainsAny(criterion, context.Options.VagueCriterionMarkers);
    }

    public IEnumerable<MeasureProposal> Propose(Finding finding, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(finding);
        yield return MeasureProposal.Create(Id, Measure.ChangeProcedures, [finding.Id], new MarkForMeasure(finding.Procedures));
    }
}

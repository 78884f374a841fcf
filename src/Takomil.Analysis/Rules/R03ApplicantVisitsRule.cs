using Takomil.Analysis.Common;
using Takomil.Analysis.Findings;
using Takomil.Analysis.Measures;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;

namespace Takomil.Analysis.Rules;

/// <summary>
/// p. 14, second item, counted: more visits to offices than the threshold (default one). Answered by i) the single
/// window: the visits move to one one-stop shop.
/// </summary>
public sealed class R03ApplicantVisitsRule : IAnalysisRule
{
    public string Id => "R03-applicant-visits";

    public string RegulationPoint => "14";

    public bool NeedsValidGraph => false;

    public IEnumerable<Finding> Evaluate(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var visits = context.Procedures.Where(p => p.Kind == ProcedureKind.ApplicantVisit).ToList();
        if (visits.Count <= context.Options.MaxApplicantVisits) yield break;
        var offices = visits.Where(v => v.Lane.Kind != ParticipantKind.Applicant).Select(v => v.Lane.Name)
            .Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(Names.Comparer).ToList();
        yield return Finding.Create(
            this, "too_many", visits.Select(v => v.Key), [], offices,
            ("visits", visits.Count), ("max", context.Options.MaxApplicantVisits), ("offices", offices.Count));
    }

    public IEnumerable<MeasureProposal> Propose(Finding finding, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(context);
        var movable = finding.Procedures
            .Select(context.Graph.Find)
            .OfType<Procedure>()
            .Where(p => p.Lane.Kind != ParticipantKind.Applicant && !Names.Same(p.Lane.Name, context.Options.OneStopShopName))
            .Select(p => p.Key)
            .ToList();
        if (movable.Count == 0) yield break;
        yield return MeasureProposal.Create(Id, Measure.SingleWindow, [finding.Id], new RouteThroughOneStopShop(movable));
    }
}

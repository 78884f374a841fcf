using Takomil.Analysis.Findings;
using Takomil.Analysis.Measures;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;

namespace Takomil.Analysis.Rules;

/// <summary>
/// p. 14, second item: an interaction with the applicant done on paper or in person that could be electronic.
/// Answered by a) changing the procedure: it moves to the portal.
/// </summary>
public sealed class R02ElectronicInteractionRule : IAnalysisRule
{
    public string Id => "R02-electronic-interaction";

    public string RegulationPoint => "14";

    public bool NeedsValidGraph => false;

    public IEnumerable<Finding> Evaluate(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var p in context.Procedures.Where(AnalysisContext.IsApplicantFacing))
        {
            if (p.Kind is ProcedureKind.Electronic or ProcedureKind.InteragencyRequest) continue;
            var agency = context.AgencyOf(p);
            yield return Finding.Create(
                this,
                p.Kind == ProcedureKind.ApplicantVisit ? "visit" : "paper",
                [p.Key],
                p.InputDocuments,
                agency is null ? [] : [agency.Name],
                ("kind", p.Kind));
        }
    }

    public IEnumerable<MeasureProposal> Propose(Finding finding, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(finding);
        yield return MeasureProposal.Create(Id, Measure.ChangeProcedures, [finding.Id], new MakeElectronic(finding.Procedures[0]));
    }
}

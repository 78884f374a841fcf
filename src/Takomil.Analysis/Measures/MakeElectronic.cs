using System.Globalization;
using System.Text.Json.Serialization;
using Takomil.Analysis.Common;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;

namespace Takomil.Analysis.Measures;

/// <summary>
/// a) The step is done electronically. A visit becomes the applicant's own step on the portal (applicant lane);
/// an applicant-facing step gains the portal among its systems.
/// </summary>
public sealed record MakeElectronic(string StepKey) : Transformation
{
    public override string Code => "analysis.transform.make_electronic";

    internal override int Stage => 4;

    internal override string Signature => $"electronic:{StepKey}";

    internal override bool ApplyTo(ModelDraft draft, Measure measure)
    {
        if (draft.Find(StepKey) is null) return false;
        var applicantLane = draft.ApplicantLane();
        return draft.Update(StepKey, measure, p =>
        {
            var facing = AnalysisContext.IsApplicantFacing(p);
            var edited = p with { Kind = ProcedureKind.Electronic };
            if (p.Kind == ProcedureKind.ApplicantVisit)
            {
                edited = edited with { Lane = applicantLane, PerformerRole = applicantLane.Name };
            }
            if (facing && !p.InformationSystems.Contains(draft.Options.PortalName, Names.Comparer))
            {
                edited = edited with { InformationSystems = [.. p.InformationSystems, draft.Options.PortalName] };
            }
            return edited;
        });
    }
}

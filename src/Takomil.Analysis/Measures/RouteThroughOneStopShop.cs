using System.Globalization;
using System.Text.Json.Serialization;
using Takomil.Analysis.Common;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;

namespace Takomil.Analysis.Measures;

/// <summary>i) The office visits move to the one-stop shop lane ("single window"); the applicant's own steps stay.</summary>
public sealed record RouteThroughOneStopShop(IReadOnlyList<string> StepKeys) : Transformation
{
    public override string Code => "analysis.transform.one_stop_shop";

    internal override int Stage => 5;

    internal override string Signature => "one-stop:" + string.Join(',', StepKeys);

    internal override bool ApplyTo(ModelDraft draft, Measure measure)
    {
        var lane = new Participant(ParticipantKind.Agency, draft.Options.OneStopShopName);
        var changed = false;
        foreach (var key in StepKeys)
        {
            if (draft.Find(key) is not { Kind: ProcedureKind.ApplicantVisit } step || step.Lane.Kind == ParticipantKind.Applicant) continue;
            changed |= draft.Update(key, measure, p => p with { Lane = lane, PerformerRole = draft.Options.OneStopShopRole });
        }
        return changed;
    }
}

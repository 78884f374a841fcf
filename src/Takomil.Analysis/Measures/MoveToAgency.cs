using System.Globalization;
using System.Text.Json.Serialization;
using Takomil.Analysis.Common;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;

namespace Takomil.Analysis.Measures;

/// <summary>g) The step's function moves to another agency (its lane).</summary>
public sealed record MoveToAgency(string StepKey, string AgencyName, Guid? AgencyId = null) : Transformation
{
    public override string Code => "analysis.transform.move_to_agency";

    internal override int Stage => 5;

    internal override string Signature => $"move:{StepKey}>{AgencyName}";

    internal override bool ApplyTo(ModelDraft draft, Measure measure) =>
        draft.Find(StepKey) is not null &&
        draft.Update(StepKey, measure, p => p with { Lane = new Participant(ParticipantKind.Agency, AgencyName, AgencyId) });
}

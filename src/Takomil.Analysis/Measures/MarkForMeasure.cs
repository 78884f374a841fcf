using System.Globalization;
using System.Text.Json.Serialization;
using Takomil.Analysis.Common;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;

namespace Takomil.Analysis.Measures;

/// <summary>
/// e, a) Marks the steps a measure applies to without changing their flow: documents to unify (p. 7), decisions whose
/// criteria the working group must write down.
/// </summary>
public sealed record MarkForMeasure(IReadOnlyList<string> StepKeys, string? Document = null) : Transformation
{
    public override string Code => Document is null ? "analysis.transform.define_criteria" : "analysis.transform.unify_document";

    internal override int Stage => 7;

    internal override string Signature => $"mark:{Document}:" + string.Join(',', StepKeys);

    internal override bool ApplyTo(ModelDraft draft, Measure measure)
    {
        var changed = false;
        foreach (var key in StepKeys) changed |= draft.Mark(key, measure);
        return changed;
    }
}

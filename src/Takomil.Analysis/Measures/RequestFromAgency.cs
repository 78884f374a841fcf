using System.Globalization;
using System.Text.Json.Serialization;
using Takomil.Analysis.Common;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;

namespace Takomil.Analysis.Measures;

/// <summary>
/// f) The applicant no longer brings <see cref="Document"/>: it leaves the inputs of applicant-facing steps and, when
/// agency steps still need it, a new electronic interagency request step fetches it from <see cref="System"/>.
/// </summary>
public sealed record RequestFromAgency(string Document, string? System) : Transformation
{
    public override string Code => "analysis.transform.request_from_agency";

    internal override int Stage => 1;

    internal override string Signature => $"request:{Document}";

    /// <summary>The key of the request step this transformation adds.</summary>
    public string RequestStepKey => "ir-" + Names.Slug(Document);

    internal override bool ApplyTo(ModelDraft draft, Measure measure)
    {
        var changed = false;
        var consumers = draft.Items.Where(p => p.InputDocuments.Contains(Document, Names.Comparer)).ToList();
        var facing = consumers.Where(AnalysisContext.IsApplicantFacing).ToList();
        foreach (var step in facing)
        {
            changed |= draft.Update(step.Key, measure, p => p with
            {
                InputDocuments = [.. p.InputDocuments.Where(d => !Names.Same(d, Document))],
            });
        }
        var agencySteps = consumers.Where(p => !AnalysisContext.IsApplicantFacing(p) && p.Key != RequestStepKey).ToList();
        if (agencySteps.Count == 0 || draft.Find(RequestStepKey) is not null) return changed;

        var first = agencySteps[0];
        var request = new Procedure(
            RequestStepKey,
            $"Idoralararo elektron so'rov: {Document}",
            first.Lane,
            first.PerformerRole,
            ProcedureKind.InteragencyRequest,
            [],
            [Document],
            string.IsNullOrWhiteSpace(System) ? [] : [System],
            draft.Options.InteragencyRequestTime,
            null,
            [.. facing.Select(p => p.Key).Distinct(StringComparer.Ordinal)],
            null,
            string.IsNullOrWhiteSpace(System)
                ? $"\"{Document}\" ariza beruvchidan talab qilinmaydi; idoralararo elektron so'rov orqali olinadi."
                : $"\"{Document}\" ariza beruvchidan talab qilinmaydi; \"{System}\" tizimidan idoralararo elektron so'rov orqali olinadi.",
            [measure],
            draft.Change);
        draft.InsertBefore(first.Key, request);
        foreach (var step in agencySteps)
        {
            draft.Update(step.Key, measure, p => p.Predecessors.Contains(RequestStepKey)
                ? p
                : p with { Predecessors = [.. p.Predecessors, RequestStepKey] }, mark: false);
        }
        return true;
    }
}

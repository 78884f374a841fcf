using System.Globalization;
using System.Text.Json.Serialization;
using Takomil.Analysis.Common;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;

namespace Takomil.Analysis.Measures;

/// <summary>
/// One concrete change of the model. Applying it twice changes nothing the second time, and it touches only what it
/// names. Serialisable (a "type" discriminator) so the bot can keep the proposals it showed.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(RequestFromAgency), "requestFromAgency")]
[JsonDerivedType(typeof(RemoveStep), "removeStep")]
[JsonDerivedType(typeof(DropPredecessor), "dropPredecessor")]
[JsonDerivedType(typeof(MakeElectronic), "makeElectronic")]
[JsonDerivedType(typeof(RouteThroughOneStopShop), "routeThroughOneStopShop")]
[JsonDerivedType(typeof(MoveToAgency), "moveToAgency")]
[JsonDerivedType(typeof(CutTimeLimit), "cutTimeLimit")]
[JsonDerivedType(typeof(MarkForMeasure), "markForMeasure")]
public abstract record Transformation
{
    /// <summary>The text key the bot renders the change from ("analysis.transform.remove_step").</summary>
    [JsonIgnore]
    public abstract string Code { get; }

    /// <summary>Order of application across proposals: data first, structure next, then form, time and marks.</summary>
    internal abstract int Stage { get; }

    internal abstract string Signature { get; }

    /// <summary>Changes the draft; true when anything changed.</summary>
    internal abstract bool ApplyTo(ModelDraft draft, Measure measure);
}

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

/// <summary>
/// b, h) Removes a step; its successors wait for its predecessors instead. An <see cref="Heir"/> takes over its
/// outputs (and decision), and every step that used those outputs waits for the heir.
/// </summary>
public sealed record RemoveStep(string StepKey, string? Heir = null) : Transformation
{
    public override string Code => Heir is null ? "analysis.transform.remove_step" : "analysis.transform.merge_step";

    internal override int Stage => 2;

    internal override string Signature => $"remove:{StepKey}>{Heir}";

    internal override bool ApplyTo(ModelDraft draft, Measure measure)
    {
        if (draft.Find(StepKey) is not { } removed) return false;
        foreach (var successor in draft.Items.Where(p => p.Predecessors.Contains(StepKey)).ToList())
        {
            draft.Update(successor.Key, measure, p => p with { Predecessors = ModelDraft.Replace(p.Predecessors, StepKey, removed.Predecessors) }, mark: false);
        }
        draft.Remove(StepKey);
        if (Heir is null || Heir == StepKey || draft.Find(Heir) is null) return true;

        draft.Update(Heir, measure, p => p with
        {
            OutputDocuments = [.. p.OutputDocuments, .. removed.OutputDocuments.Where(d => !p.OutputDocuments.Contains(d, Names.Comparer))],
            InputDocuments = [.. p.InputDocuments.Where(d => !removed.OutputDocuments.Contains(d, Names.Comparer))],
            Decision = p.Decision ?? removed.Decision,
        });
        var users = draft.Items.Where(p => p.Key != Heir && p.InputDocuments.Any(d => removed.OutputDocuments.Contains(d, Names.Comparer))).ToList();
        foreach (var user in users)
        {
            if (draft.IsAncestor(Heir, user.Key)) continue;
            draft.Update(user.Key, measure, p => p with { Predecessors = [.. p.Predecessors, Heir] }, mark: false);
        }
        return true;
    }
}

/// <summary>
/// a) Runs <see cref="StepKey"/> alongside <see cref="Predecessor"/>: it waits for the predecessor's own predecessors
/// instead, and its successors wait for the dropped predecessor, so no other order is lost.
/// </summary>
public sealed record DropPredecessor(string StepKey, string Predecessor) : Transformation
{
    public override string Code => "analysis.transform.run_in_parallel";

    internal override int Stage => 3;

    internal override string Signature => $"parallel:{StepKey}|{Predecessor}";

    internal override bool ApplyTo(ModelDraft draft, Measure measure)
    {
        if (draft.Find(StepKey) is not { } step || !step.Predecessors.Contains(Predecessor)) return false;
        var dropped = draft.Find(Predecessor);
        var inherited = dropped?.Predecessors ?? [];
        var remaining = step.Predecessors.Where(k => k != Predecessor).ToList();
        var added = inherited.Where(a => !remaining.Contains(a) && !remaining.Any(r => draft.IsAncestor(a, r))).ToList();
        draft.Update(StepKey, measure, p => p with { Predecessors = [.. remaining, .. added] });
        foreach (var successor in draft.Items.Where(p => p.Predecessors.Contains(StepKey)).ToList())
        {
            if (dropped is null || draft.IsAncestor(Predecessor, successor.Key)) continue;
            draft.Update(successor.Key, measure, p => p with { Predecessors = [.. p.Predecessors, Predecessor] }, mark: false);
        }
        return true;
    }
}

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

/// <summary>c) The step's time limit is cut to <see cref="Limit"/> (never raised).</summary>
public sealed record CutTimeLimit(string StepKey, TimeLimit Limit) : Transformation
{
    public override string Code => "analysis.transform.cut_time_limit";

    internal override int Stage => 6;

    internal override string Signature =>
        $"cut:{StepKey}:{Limit.Value.ToString(CultureInfo.InvariantCulture)}:{Limit.Unit}";

    internal override bool ApplyTo(ModelDraft draft, Measure measure)
    {
        if (draft.Find(StepKey) is not { } step) return false;
        var target = Graph.Durations.WorkingDays(Limit, draft.Options);
        var current = Graph.Durations.WorkingDays(step.TimeLimit, draft.Options);
        if (target is null || (current is { } c && c <= target)) return false;
        return draft.Update(StepKey, measure, p => p with { TimeLimit = Limit });
    }
}

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

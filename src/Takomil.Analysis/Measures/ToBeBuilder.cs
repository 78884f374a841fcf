using Takomil.Analysis.Graph;
using Takomil.Domain.Common;
using Takomil.Domain.Models;

namespace Takomil.Analysis.Measures;

/// <summary>
/// Turns the as-is procedures into the to-be ones by applying accepted proposals (p. 15–18). Proposals run in a fixed
/// order (by stage, then id), each one whole or not at all: a change that would leave a cycle or a dangling
/// predecessor is undone and reported. The same accepted set applied again changes nothing.
/// </summary>
public static class ToBeBuilder
{
    public static Outcome<ToBeResult> Apply(
        IReadOnlyList<Procedure> asIs, IEnumerable<MeasureProposal> accepted, Provenance acceptedBy, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        ArgumentNullException.ThrowIfNull(acceptedBy);
        return Apply(asIs, accepted.Select(p => new AcceptedProposal(p, acceptedBy)), options);
    }

    public static Outcome<ToBeResult> Apply(IReadOnlyList<Procedure> asIs, IEnumerable<AcceptedProposal> accepted, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        var procedures = ProcedureSanitizer.Sanitize(asIs);
        if (procedures.Count == 0) return Outcome.Refused<ToBeResult>(Refusal.Of(ReasonCodes.ModelEmpty, ("kind", ProcessModelKind.AsIs)));
        var issues = ProcessGraph.StructuralIssues(procedures);
        if (issues.Count > 0) return Outcome.Refused<ToBeResult>(issues[0].WithDetails(issues));

        var draft = new ModelDraft(procedures, options ?? AnalysisOptions.Default);
        var outcomes = new List<ProposalOutcome>();
        var ordered = accepted
            .Where(a => a?.Proposal is not null && a.AcceptedBy is not null)
            .DistinctBy(a => a.Proposal.Id)
            .OrderBy(a => a.Proposal.Stage)
            .ThenBy(a => a.Proposal.Id, StringComparer.Ordinal);
        foreach (var (proposal, by) in ordered)
        {
            draft.Change = by;
            var snapshot = draft.Snapshot();
            var changed = false;
            foreach (var transformation in proposal.Transformations.Where(t => t is not null))
            {
                changed |= transformation.ApplyTo(draft, proposal.Measure);
            }
            var broken = changed ? ProcessGraph.StructuralIssues(draft.Items) : [];
            if (broken.Count > 0) draft.Restore(snapshot);
            var effect = broken.Count > 0 ? ProposalEffect.Reverted : changed ? ProposalEffect.Applied : ProposalEffect.NoChange;
            outcomes.Add(new ProposalOutcome(proposal.Id, effect, broken));
        }
        return Outcome.Ok(new ToBeResult(draft.Items, outcomes));
    }
}

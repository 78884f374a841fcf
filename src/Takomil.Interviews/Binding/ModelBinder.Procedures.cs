using Takomil.Domain.Access;
using Takomil.Domain.Models;

namespace Takomil.Interviews;

/// <summary>p. 13: one procedure of the as-is model per repeat instance, matched to existing ones by step key.</summary>
public sealed partial class ModelBinder
{
    private static void BindProcedures(Run run, IReadOnlyList<BoundValue> values, ProcessModel asIs, Actor actor)
    {
        run.List("asis.procedures", values, asIs.Procedures, new Kind<Procedure>(
            f => f.Text("key"), e => e.Key, (e, f, _, p) => Merge(e, f, p), Describe,
            e => e.Provenance, _ => Guid.Empty, item => asIs.Put(actor, item)));
    }

    private static Procedure Merge(Procedure? e, BoundFields f, Takomil.Domain.Common.Provenance p)
    {
        var lane = f.Has("lane.kind") || f.Has("lane.name")
            ? new Participant(f.Enum<ParticipantKind>("lane.kind") ?? e?.Lane.Kind ?? ParticipantKind.Agency,
                f.Text("lane.name") ?? e?.Lane.Name ?? string.Empty, e?.Lane.AgencyId)
            : e?.Lane ?? new Participant(ParticipantKind.Agency, string.Empty);
        var decision = f.Has("decision.question") || f.Has("decision.grantCriteria") || f.Has("decision.refusalCriteria")
            ? new DecisionPoint(f.Text("decision.question") ?? e?.Decision?.Question ?? string.Empty,
                f.List("decision.grantCriteria", commas: false) ?? e?.Decision?.GrantCriteria ?? [],
                f.List("decision.refusalCriteria", commas: false) ?? e?.Decision?.RefusalCriteria ?? [])
            : e?.Decision;
        return new Procedure(
            f.Text("key") ?? e!.Key,
            f.Text("title") ?? e?.Title ?? string.Empty,
            lane,
            f.Text("performerRole") ?? e?.PerformerRole ?? string.Empty,
            f.Enum<ProcedureKind>("kind") ?? e?.Kind ?? ProcedureKind.Manual,
            f.List("inputDocuments", commas: false) ?? e?.InputDocuments ?? [],
            f.List("outputDocuments", commas: false) ?? e?.OutputDocuments ?? [],
            f.List("informationSystems", commas: false) ?? e?.InformationSystems ?? [],
            f.Limit("timeLimit") ?? e?.TimeLimit,
            f.Money("cost") ?? e?.Cost,
            f.List("predecessors") ?? e?.Predecessors ?? [],
            decision,
            f.Text("description") ?? e?.Description ?? string.Empty,
            e?.Measures ?? [],
            p);
    }

    private static Dictionary<string, string> Describe(Procedure e) => new Dictionary<string, string>
    {
        ["key"] = e.Key,
        ["title"] = e.Title,
        ["lane.kind"] = e.Lane.Kind.ToString(),
        ["lane.name"] = e.Lane.Name,
        ["performerRole"] = e.PerformerRole,
        ["kind"] = e.Kind.ToString(),
        ["inputDocuments"] = Join(e.InputDocuments),
        ["outputDocuments"] = Join(e.OutputDocuments),
        ["informationSystems"] = Join(e.InformationSystems),
        ["timeLimit"] = e.TimeLimit is { } t ? $"{AnswerParser.Canonical(t.Value)} {t.Unit}" : string.Empty,
        ["cost"] = e.Cost?.Uzs is { } uzs ? AnswerParser.Canonical(uzs) : string.Empty,
        ["predecessors"] = Join(e.Predecessors),
        ["decision.question"] = e.Decision?.Question ?? string.Empty,
        ["decision.grantCriteria"] = Join(e.Decision?.GrantCriteria),
        ["decision.refusalCriteria"] = Join(e.Decision?.RefusalCriteria),
        ["description"] = e.Description,
    };
}

using Takomil.Domain.Models;

namespace Takomil.Analysis.Graph;

/// <summary>
/// Procedures may come from JSON or an old revision with nulls where the record promises lists. The analysis and the
/// transformation work on copies where every list exists and holds no null entry; nothing else is changed.
/// </summary>
internal static class ProcedureSanitizer
{
    public static IReadOnlyList<Procedure> Sanitize(IReadOnlyList<Procedure>? procedures) =>
        procedures is null ? [] : [.. procedures.Where(p => p is not null).Select(Sanitize)];

    public static Procedure Sanitize(Procedure p) => p with
    {
        Key = p.Key ?? string.Empty,
        Title = p.Title ?? string.Empty,
        Lane = p.Lane is null ? new Participant(ParticipantKind.Other, string.Empty) : p.Lane with { Name = p.Lane.Name ?? string.Empty },
        PerformerRole = p.PerformerRole ?? string.Empty,
        InputDocuments = List(p.InputDocuments),
        OutputDocuments = List(p.OutputDocuments),
        InformationSystems = List(p.InformationSystems),
        Predecessors = List(p.Predecessors),
        Decision = p.Decision is null
            ? null
            : new DecisionPoint(p.Decision.Question ?? string.Empty, List(p.Decision.GrantCriteria), List(p.Decision.RefusalCriteria)),
        Description = p.Description ?? string.Empty,
        Measures = p.Measures ?? [],
    };

    private static IReadOnlyList<string> List(IReadOnlyList<string>? items) =>
        items is null ? [] : items.Any(i => i is null) ? [.. items.Where(i => i is not null)] : items;
}

using Takomil.Domain.Common;
using Takomil.Domain.Models;
using static Takomil.Documents.Diagrams.DiagramMetrics;

namespace Takomil.Documents.Diagrams;

/// <summary>
/// Lays a process model out as a swimlane diagram: one row (lane) per participant, applicants first; one column
/// block per rank of <see cref="ProcessGraph.Layers"/>, with the start before and the end after. Steps that share
/// a lane and a rank stack in sub-rows. Systems sit above their task, documents below, so nothing overlaps.
/// Flows run straight when their row is free, otherwise through the empty channel between column blocks
/// and, for long jumps, along the corridor at the top of the target lane; each flow gets its own track, so
/// parallel flows never lie on top of one another.
/// </summary>
/// <remarks>
/// Task types: Electronic → serviceTask; Manual → userTask when it uses an information system, else manualTask;
/// InteragencyRequest → sendTask (the model names no responder, so there is nothing to pair a receiveTask with);
/// ApplicantVisit → manualTask in the lane the model gives it (the model is the record of who does what).
/// </remarks>
public static class DiagramLayoutBuilder
{
    public static DiagramLayout Build(ProcessModel model, UiLanguage language, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Build(model.Procedures, language, title ?? string.Empty);
    }

    public static DiagramLayout Build(IReadOnlyList<Procedure> procedures, UiLanguage language, string title)
    {
        ArgumentNullException.ThrowIfNull(procedures);
        var texts = new DiagramTexts(language);
        var graph = DiagramGraph.Build(procedures, texts);
        return new LayoutPass(graph, texts, ProcedureDescriber.Numbering(procedures)).Run(title ?? string.Empty);
    }

    public static DiagramTaskType TaskType(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        return procedure.Kind switch
        {
            ProcedureKind.Electronic => DiagramTaskType.ServiceTask,
            ProcedureKind.InteragencyRequest => DiagramTaskType.SendTask,
            ProcedureKind.Manual when procedure.InformationSystems.Any(s => !string.IsNullOrWhiteSpace(s)) => DiagramTaskType.UserTask,
            _ => DiagramTaskType.ManualTask,
        };
    }

    internal static IReadOnlyList<string> Documents(Procedure p) => [.. p.InputDocuments.Concat(p.OutputDocuments)];

    internal static IReadOnlyList<string> Clean(IReadOnlyList<string> names) =>
        [.. names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim())];
}

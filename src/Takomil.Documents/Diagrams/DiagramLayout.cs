using Takomil.Domain.Common;
using Takomil.Domain.Models;

namespace Takomil.Documents.Diagrams;

/// <summary>A point of the diagram, in diagram units (1 unit = 1 CSS pixel at scale 1).</summary>
public readonly record struct DiagramPoint(double X, double Y);

/// <summary>An axis-aligned box.</summary>
public readonly record struct DiagramBounds(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public double CenterX => X + (Width / 2);

    public double CenterY => Y + (Height / 2);

    /// <summary>True when the two boxes share area (touching edges do not count).</summary>
    public bool Overlaps(DiagramBounds other) =>
        X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;
}

public enum DiagramShapeKind
{
    StartEvent = 0,
    EndEvent = 1,
    Task = 2,
    ParallelGateway = 3,
    ExclusiveGateway = 4,
    TimerBoundaryEvent = 5,
    DataObject = 6,
    DataStore = 7,
}

/// <summary>The BPMN task type a procedure becomes (see <see cref="DiagramLayoutBuilder"/> for the mapping).</summary>
public enum DiagramTaskType
{
    ServiceTask = 0,
    UserTask = 1,
    ManualTask = 2,
    SendTask = 3,
}

public enum DiagramEdgeKind
{
    SequenceFlow = 0,

    /// <summary>A document or system read by a task (from the data element to the task).</summary>
    DataInput = 1,

    /// <summary>A document a task produces (from the task to the data element).</summary>
    DataOutput = 2,
}

/// <summary>What a sequence flow means, so renderers can name and style it.</summary>
public enum DiagramFlowRole
{
    Normal = 0,
    Grant = 1,
    Refusal = 2,
}

/// <summary>
/// One shape. <see cref="LaneId"/> is set for flow nodes (events, gateways, tasks); <see cref="AttachedToId"/>
/// for a boundary event; <see cref="DataRef"/> names the shared data object or data store a reference points to.
/// </summary>
public sealed record DiagramShape(string Id, DiagramShapeKind Kind, DiagramBounds Bounds, string Label)
{
    public string? LaneId { get; init; }

    public DiagramBounds? LabelBounds { get; init; }

    public DiagramTaskType? TaskType { get; init; }

    public ProcedureKind? ProcedureKind { get; init; }

    public string? StepKey { get; init; }

    /// <summary>The procedure's number in execution order, as the text description numbers it.</summary>
    public int? Number { get; init; }

    public string? AttachedToId { get; init; }

    public TimeLimit? TimeLimit { get; init; }

    public string? DataRef { get; init; }

    /// <summary>Longer text for a tooltip or documentation (the description of a procedure, the criteria of a decision).</summary>
    public string? Documentation { get; init; }

    public bool IsFlowNode => Kind is not (DiagramShapeKind.DataObject or DiagramShapeKind.DataStore);
}

public sealed record DiagramEdge(
    string Id,
    DiagramEdgeKind Kind,
    string SourceId,
    string TargetId,
    IReadOnlyList<DiagramPoint> Waypoints,
    string? Label = null,
    DiagramFlowRole Role = DiagramFlowRole.Normal)
{
    public DiagramBounds? LabelBounds { get; init; }

    /// <summary>The criteria behind a grant or refusal flow.</summary>
    public string? Documentation { get; init; }
}

public sealed record DiagramLane(string Id, Participant Participant, DiagramBounds Bounds);

/// <summary>A data object (document) or data store (information system) shared by its references.</summary>
public sealed record DiagramDataItem(string Id, string Name, bool IsStore);

/// <summary>
/// A computed, renderer-neutral picture of a process model: one pool, lanes as rows, shapes with bounds and edges
/// with waypoints. BPMN, SVG and PNG are all drawn from this one layout, so they agree.
/// </summary>
public sealed record DiagramLayout(
    string Title,
    DiagramBounds Pool,
    IReadOnlyList<DiagramLane> Lanes,
    IReadOnlyList<DiagramShape> Shapes,
    IReadOnlyList<DiagramEdge> Edges,
    IReadOnlyList<DiagramDataItem> DataItems,
    double Width,
    double Height)
{
    /// <summary>The language of the built-in words (start, end, grant, refuse, legend).</summary>
    public UiLanguage Language { get; init; }

    public DiagramShape Shape(string id) => Shapes.First(s => s.Id == id);
}

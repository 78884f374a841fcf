using Takomil.Domain.Models;

namespace Takomil.Documents.Diagrams;

/// <summary>A flow node before geometry: which column block, lane and sub-row it sits in, and its slot in the block.</summary>
internal sealed class GraphNode(string id, DiagramShapeKind kind, string label)
{
    public string Id { get; } = id;

    public DiagramShapeKind Kind { get; } = kind;

    public string Label { get; } = label;

    public int Block { get; set; }

    public int Lane { get; set; }

    public int Row { get; set; }

    public NodeSlot Slot { get; set; }

    public Procedure? Step { get; init; }

    public int StepNumber { get; init; }

    public string? Documentation { get; init; }

    public DecisionPoint? Decision { get; init; }
}

internal enum NodeSlot
{
    Start = 0,
    StartFork = 1,
    Join = 2,
    Task = 3,
    Decision = 4,
    Fork = 5,

    /// <summary>Under its decision gateway, reached by a vertical flow.</summary>
    Refusal = 6,
    EndJoin = 7,
    End = 8,
}

internal sealed record GraphFlow(GraphNode Source, GraphNode Target, DiagramFlowRole Role);

/// <summary>
/// The flow graph of a model: start event, tasks, the gateways that forks, joins and decisions need, end events,
/// and the sequence flows between them. Blocks are columns: 0 holds the start, layer L of
/// <see cref="ProcessGraph.Layers"/> is block L + 1, the last block holds the end.
/// </summary>
internal sealed class DiagramGraph
{
    public List<Participant> Lanes { get; } = [];

    public List<GraphNode> Nodes { get; } = [];

    public List<GraphFlow> Flows { get; } = [];

    public Dictionary<string, GraphNode> TaskOf { get; } = new(StringComparer.Ordinal);

    public int BlockCount { get; private set; }

    public static DiagramGraph Build(IReadOnlyList<Procedure> procedures, DiagramTexts texts)
    {
        if (procedures.Count == 0) throw new ArgumentException("A diagram needs at least one procedure.", nameof(procedures));
        var layers = ProcessGraph.Layers(procedures); // throws for a model that is not a valid DAG
        var g = new DiagramGraph();
        g.AddLanes(procedures);
        var number = procedures.Select((p, i) => (p.Key, i + 1)).ToDictionary(x => x.Key, x => x.Item2, StringComparer.Ordinal);
        var byKey = procedures.ToDictionary(p => p.Key, StringComparer.Ordinal);
        var successors = procedures.ToDictionary(p => p.Key, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var p in procedures)
        {
            foreach (var pred in p.Predecessors.Distinct(StringComparer.Ordinal)) successors[pred].Add(p.Key);
        }

        var entry = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var exit = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var rowsUsed = new Dictionary<(int Lane, int Block), int>();
        for (var layer = 0; layer < layers.Count; layer++)
        {
            foreach (var key in layers[layer])
            {
                var p = byKey[key];
                var n = number[key];
                var lane = g.Lanes.IndexOf(p.Lane);
                var block = layer + 1;
                rowsUsed.TryGetValue((lane, block), out var row);
                rowsUsed[(lane, block)] = row + 1;
                GraphNode Place(GraphNode node, NodeSlot slot)
                {
                    node.Block = block;
                    node.Lane = lane;
                    node.Row = row;
                    node.Slot = slot;
                    g.Nodes.Add(node);
                    return node;
                }

                var task = Place(new GraphNode(DiagramIds.Of("Activity", n, p.Key), DiagramShapeKind.Task, p.Title) { Step = p, StepNumber = n, Documentation = p.Description }, NodeSlot.Task);
                g.TaskOf[key] = task;
                entry[key] = task;
                exit[key] = task;
                if (p.Predecessors.Distinct(StringComparer.Ordinal).Count() > 1)
                {
                    var join = Place(new GraphNode(DiagramIds.Of("Gateway_Join", n), DiagramShapeKind.ParallelGateway, string.Empty), NodeSlot.Join);
                    g.Flows.Add(new(join, task, DiagramFlowRole.Normal));
                    entry[key] = join;
                }
                if (p.Decision is { } decision)
                {
                    var gateway = Place(new GraphNode(DiagramIds.Of("Gateway_Decision", n), DiagramShapeKind.ExclusiveGateway, decision.Question)
                    {
                        Documentation = DecisionText(decision, texts),
                        Decision = decision,
                    }, NodeSlot.Decision);
                    g.Flows.Add(new(task, gateway, DiagramFlowRole.Normal));
                    var refused = Place(new GraphNode(DiagramIds.Of("Event_Refused", n), DiagramShapeKind.EndEvent, texts.Get("Diagram.Refused")), NodeSlot.Refusal);
                    g.Flows.Add(new(gateway, refused, DiagramFlowRole.Refusal));
                    exit[key] = gateway;
                }
                if (successors[key].Count > 1)
                {
                    var fork = Place(new GraphNode(DiagramIds.Of("Gateway_Fork", n), DiagramShapeKind.ParallelGateway, string.Empty), NodeSlot.Fork);
                    g.Flows.Add(new(exit[key], fork, RoleFrom(exit[key])));
                    exit[key] = fork;
                }
            }
        }

        g.BlockCount = layers.Count + 2;
        g.AddStart(procedures, entry, texts);
        foreach (var p in procedures)
        {
            foreach (var s in successors[p.Key]) g.Flows.Add(new(exit[p.Key], entry[s], RoleFrom(exit[p.Key])));
        }
        g.AddEnd(procedures, successors, exit, texts);
        return g;
    }

    private static DiagramFlowRole RoleFrom(GraphNode source) =>
        source.Kind == DiagramShapeKind.ExclusiveGateway ? DiagramFlowRole.Grant : DiagramFlowRole.Normal;

    private void AddLanes(IReadOnlyList<Procedure> procedures)
    {
        // Applicants first (they start the service), then everyone else in order of first appearance.
        foreach (var lane in procedures.Select(p => p.Lane).Distinct().OrderBy(l => l.Kind == ParticipantKind.Applicant ? 0 : 1))
        {
            Lanes.Add(lane);
        }
    }

    private void AddStart(IReadOnlyList<Procedure> procedures, Dictionary<string, GraphNode> entry, DiagramTexts texts)
    {
        var roots = procedures.Where(p => p.Predecessors.Count == 0).Select(p => entry[p.Key]).ToList();
        var first = roots[0];
        var start = new GraphNode("Event_Start", DiagramShapeKind.StartEvent, texts.Get("Diagram.Start")) { Block = 0, Lane = first.Lane, Row = first.Row, Slot = NodeSlot.Start };
        Nodes.Insert(0, start);
        var from = start;
        if (roots.Count > 1)
        {
            from = new GraphNode("Gateway_StartFork", DiagramShapeKind.ParallelGateway, string.Empty) { Block = 0, Lane = first.Lane, Row = first.Row, Slot = NodeSlot.StartFork };
            Nodes.Insert(1, from);
            Flows.Add(new(start, from, DiagramFlowRole.Normal));
        }
        foreach (var root in roots) Flows.Add(new(from, root, DiagramFlowRole.Normal));
    }

    private void AddEnd(IReadOnlyList<Procedure> procedures, Dictionary<string, List<string>> successors, Dictionary<string, GraphNode> exit, DiagramTexts texts)
    {
        var sinks = procedures.Where(p => successors[p.Key].Count == 0).Select(p => exit[p.Key]).ToList();
        // The end sits in the row of the sink that finishes last (deepest block, then latest in the model).
        var last = sinks.OrderBy(s => s.Block).Last();
        var block = BlockCount - 1;
        var end = new GraphNode("Event_End", DiagramShapeKind.EndEvent, texts.Get("Diagram.End")) { Block = block, Lane = last.Lane, Row = last.Row, Slot = NodeSlot.End };
        var to = end;
        if (sinks.Count > 1)
        {
            to = new GraphNode("Gateway_EndJoin", DiagramShapeKind.ParallelGateway, string.Empty) { Block = block, Lane = last.Lane, Row = last.Row, Slot = NodeSlot.EndJoin };
            Nodes.Add(to);
        }
        Nodes.Add(end);
        foreach (var sink in sinks) Flows.Add(new(sink, to, RoleFrom(sink)));
        if (to != end) Flows.Add(new(to, end, DiagramFlowRole.Normal));
    }

    private static string DecisionText(DecisionPoint d, DiagramTexts texts)
    {
        var sep = texts.Get("Describe.ListSeparator");
        return texts.Format("Describe.Decision", d.Question, string.Join(sep, d.GrantCriteria), string.Join(sep, d.RefusalCriteria));
    }
}

using Takomil.Domain.Models;
using static Takomil.Documents.Diagrams.DiagramMetrics;

namespace Takomil.Documents.Diagrams;

/// <summary>One run of <see cref="DiagramLayoutBuilder"/>: routes flows onto tracks, sizes blocks and lanes, places shapes.</summary>
internal sealed partial class LayoutPass(DiagramGraph graph, DiagramTexts texts, IReadOnlyDictionary<string, int> numbering)
{
    private enum Route
    {
        Inline,
        Straight,
        Vertical,
        Bend,
        Long,
    }

    private sealed record Routed(GraphFlow Flow, Route Route, int Track1 = 0, int Corridor = 0, int Track2 = 0);

    private readonly int[] _channelTracks = new int[graph.BlockCount];
    private readonly int[] _corridorTracks = new int[graph.Lanes.Count];
    private readonly double[] _blockX = new double[graph.BlockCount];
    private readonly double[] _blockWidth = new double[graph.BlockCount];
    private readonly double[] _joinWidth = new double[graph.BlockCount];
    private readonly double[] _taskArea = new double[graph.BlockCount];
    private readonly double[] _laneY = new double[graph.Lanes.Count];
    private readonly double[] _laneHeight = new double[graph.Lanes.Count];
    private readonly double[] _storeBand = new double[graph.Lanes.Count];
    private readonly double[] _cellHeight = new double[graph.Lanes.Count];
    private readonly Dictionary<string, DiagramBounds> _bounds = new(StringComparer.Ordinal);

    public DiagramLayout Run(string title)
    {
        var routed = RouteFlows();
        SizeBlocks();
        SizeLanes();
        foreach (var node in graph.Nodes) _bounds[node.Id] = Place(node);

        var right = _blockX[^1] + _blockWidth[^1] + RightInset;
        var pool = new DiagramBounds(Margin, Margin, right - Margin, _laneY[^1] + _laneHeight[^1] - Margin);
        var lanes = graph.Lanes.Select((p, i) => new DiagramLane(LaneId(i), p,
            new DiagramBounds(Margin + PoolHeader, _laneY[i], pool.Width - PoolHeader, _laneHeight[i]))).ToList();

        var shapes = new List<DiagramShape>();
        var edges = new List<DiagramEdge>();
        var data = new DataCatalog();
        foreach (var node in graph.Nodes)
        {
            shapes.Add(ShapeOf(node));
            if (node.Step is { } step) AddAttachments(node, step, shapes, edges, data);
        }
        var flowNumber = 0;
        foreach (var r in routed) edges.Add(EdgeOf(r, ++flowNumber));

        return new DiagramLayout(title, pool, lanes, shapes, edges, data.Items, pool.Right + Margin, pool.Bottom + Margin)
        {
            Language = texts.Language,
        };
    }

    private static string LaneId(int index) => DiagramIds.Of("Lane", index + 1);

    private List<Routed> RouteFlows()
    {
        var occupied = graph.Nodes.Where(n => n.Slot != NodeSlot.Refusal).Select(n => (n.Lane, n.Row, n.Block)).ToHashSet();
        var result = new List<Routed>();
        foreach (var f in graph.Flows)
        {
            var (s, t) = (f.Source, f.Target);
            if (t.Slot == NodeSlot.Refusal) result.Add(new(f, Route.Vertical));
            else if (s.Block == t.Block) result.Add(new(f, Route.Inline));
            else if (s.Lane == t.Lane && s.Row == t.Row
                && Enumerable.Range(s.Block + 1, t.Block - s.Block - 1).All(b => !occupied.Contains((s.Lane, s.Row, b))))
            {
                result.Add(new(f, Route.Straight));
            }
            else if (t.Block == s.Block + 1) result.Add(new(f, Route.Bend, _channelTracks[s.Block]++));
            else result.Add(new(f, Route.Long, _channelTracks[s.Block]++, _corridorTracks[t.Lane]++, _channelTracks[t.Block - 1]++));
        }
        return result;
    }

    private void SizeBlocks()
    {
        for (var b = 0; b < graph.BlockCount; b++)
        {
            var nodes = graph.Nodes.Where(n => n.Block == b).ToList();
            _joinWidth[b] = nodes.Any(n => n.Slot is NodeSlot.Join or NodeSlot.EndJoin) ? Gateway + SlotGap : 0;
            var tasks = nodes.Where(n => n.Step is not null).ToList();
            _taskArea[b] = tasks.Count == 0 ? 0 : tasks.Max(n => Math.Max(TaskWidth, ItemSpacing * Math.Max(
                DiagramLayoutBuilder.Clean(DiagramLayoutBuilder.Documents(n.Step!)).Count,
                DiagramLayoutBuilder.Clean(n.Step!.InformationSystems).Count)));
            var after = tasks.Count == 0 ? 0 : tasks.Max(t => AfterWidth(nodes.Where(n => n.Lane == t.Lane && n.Row == t.Row).ToList()));
            _blockWidth[b] = b == 0
                ? Event + (nodes.Any(n => n.Slot == NodeSlot.StartFork) ? SlotGap + Gateway : 0)
                : b == graph.BlockCount - 1 ? _joinWidth[b] + Event : _joinWidth[b] + _taskArea[b] + after;
        }
        _blockX[0] = Margin + PoolHeader + LaneHeader + ContentInset;
        for (var b = 1; b < graph.BlockCount; b++)
        {
            _blockX[b] = _blockX[b - 1] + _blockWidth[b - 1] + ChannelBase + (ChannelTrack * _channelTracks[b - 1]);
        }
    }

    private static double AfterWidth(IReadOnlyList<GraphNode> cell)
    {
        var decision = cell.Any(n => n.Slot == NodeSlot.Decision);
        var fork = cell.Any(n => n.Slot == NodeSlot.Fork);
        return (decision ? SlotGap + Gateway + GrantLabelRoom : 0) + (fork ? (decision ? 0 : SlotGap) + Gateway : 0);
    }

    private void SizeLanes()
    {
        var y = (double)Margin;
        for (var l = 0; l < graph.Lanes.Count; l++)
        {
            var nodes = graph.Nodes.Where(n => n.Lane == l).ToList();
            var rows = nodes.Count == 0 ? 1 : nodes.Max(n => n.Row) + 1;
            var hasStores = nodes.Any(n => n.Step is { } s && DiagramLayoutBuilder.Clean(s.InformationSystems).Count > 0);
            var hasBelow = nodes.Any(n => n.Slot == NodeSlot.Decision
                || (n.Step is { } s && DiagramLayoutBuilder.Clean(DiagramLayoutBuilder.Documents(s)).Count > 0));
            _storeBand[l] = hasStores ? StoreBand : EmptyStoreBand;
            _cellHeight[l] = _storeBand[l] + TaskHeight + (hasBelow ? DocumentBand : EmptyDocumentBand);
            _laneY[l] = y;
            _laneHeight[l] = Corridor(l) + (rows * _cellHeight[l]);
            y += _laneHeight[l];
        }
    }

    private double Corridor(int lane) => CorridorBase + (CorridorTrack * _corridorTracks[lane]);

    private double RowCenterY(int lane, int row) =>
        _laneY[lane] + Corridor(lane) + (row * _cellHeight[lane]) + _storeBand[lane] + (TaskHeight / 2);

    private DiagramBounds Place(GraphNode n)
    {
        var cy = RowCenterY(n.Lane, n.Row);
        var x0 = _blockX[n.Block];
        var taskAreaX = x0 + _joinWidth[n.Block];
        var decisionX = taskAreaX + _taskArea[n.Block] + SlotGap;
        var hasDecision = graph.Nodes.Any(o => o.Block == n.Block && o.Lane == n.Lane && o.Row == n.Row && o.Slot == NodeSlot.Decision);
        static DiagramBounds Centered(double x, double cy, double size) => new(x, cy - (size / 2), size, size);
        return n.Slot switch
        {
            NodeSlot.Start => Centered(x0, cy, Event),
            NodeSlot.StartFork => Centered(x0 + Event + SlotGap, cy, Gateway),
            NodeSlot.Join or NodeSlot.EndJoin => Centered(x0, cy, Gateway),
            NodeSlot.Task => new DiagramBounds(taskAreaX + ((_taskArea[n.Block] - TaskWidth) / 2), cy - (TaskHeight / 2), TaskWidth, TaskHeight),
            NodeSlot.Decision => Centered(decisionX, cy, Gateway),
            NodeSlot.Fork => Centered(hasDecision ? decisionX + Gateway + GrantLabelRoom : decisionX, cy, Gateway),
            NodeSlot.Refusal => new DiagramBounds(decisionX + ((Gateway - Event) / 2), cy + (TaskHeight / 2) + 30, Event, Event),
            _ => Centered(x0 + _joinWidth[n.Block], cy, Event),
        };
    }
}

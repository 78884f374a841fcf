using Takomil.Domain.Models;
using static Takomil.Documents.Diagrams.DiagramMetrics;

namespace Takomil.Documents.Diagrams;

internal sealed partial class LayoutPass
{
    /// <summary>Documents and systems by name, so every reference to the same one shares one data object or store.</summary>
    private sealed class DataCatalog
    {
        private readonly Dictionary<(bool, string), DiagramDataItem> _byName = [];

        public List<DiagramDataItem> Items { get; } = [];

        public DiagramDataItem Get(string name, bool isStore)
        {
            if (_byName.TryGetValue((isStore, name), out var item)) return item;
            var number = Items.Count(i => i.IsStore == isStore) + 1;
            item = new DiagramDataItem(DiagramIds.Of(isStore ? "DataStore" : "DataObject", number, name), name, isStore);
            _byName[(isStore, name)] = item;
            Items.Add(item);
            return item;
        }
    }

    private DiagramShape ShapeOf(GraphNode n)
    {
        var b = _bounds[n.Id];
        var shape = new DiagramShape(n.Id, n.Kind, b, n.Label) { LaneId = LaneId(n.Lane), Documentation = n.Documentation };
        return n.Slot switch
        {
            NodeSlot.Task => shape with
            {
                TaskType = DiagramLayoutBuilder.TaskType(n.Step!),
                ProcedureKind = n.Step!.Kind,
                StepKey = n.Step.Key,
                Number = numbering[n.Step.Key],
                Documentation = ProcedureDescriber.Describe(n.Step, numbering, texts),
            },
            NodeSlot.Decision => shape with { LabelBounds = new DiagramBounds(b.CenterX - 48, b.Y - 34, 96, 30) },
            // Start and end labels go above: below the end, a timer label of the last task may reach.
            NodeSlot.Start or NodeSlot.End => shape with
            {
                LabelBounds = new DiagramBounds(b.CenterX - (ItemLabelWidth / 2), b.Y - 4 - ItemLabelHeight, ItemLabelWidth, ItemLabelHeight),
            },
            NodeSlot.Refusal => shape with
            {
                LabelBounds = new DiagramBounds(b.CenterX - (ItemLabelWidth / 2), b.Bottom + 4, ItemLabelWidth, ItemLabelHeight),
            },
            _ => shape,
        };
    }

    /// <summary>The timer of a time limit, and the documents and systems of a task with their associations.</summary>
    private void AddAttachments(GraphNode node, Procedure step, List<DiagramShape> shapes, List<DiagramEdge> edges, DataCatalog data)
    {
        var task = _bounds[node.Id];
        var lane = LaneId(node.Lane);
        if (step.TimeLimit is { IsValid: true } limit)
        {
            shapes.Add(new DiagramShape(DiagramIds.Of("Event_Timer", node.StepNumber), DiagramShapeKind.TimerBoundaryEvent,
                new DiagramBounds(task.Right - 46, task.Bottom - (Event / 2), Event, Event), texts.TimeLimit(limit))
            {
                LaneId = lane,
                AttachedToId = node.Id,
                TimeLimit = limit,
                Documentation = texts.TimeLimit(limit) + limit.Unit switch
                {
                    Domain.Common.TimeUnit.Hours => " (hours)",
                    Domain.Common.TimeUnit.CalendarDays => " (calendar days)",
                    _ => " (working days)",
                },
                LabelBounds = new DiagramBounds(task.Right - 8, task.Bottom + 2, 80, 14),
            });
        }

        var inputs = DiagramLayoutBuilder.Clean(step.InputDocuments);
        var documents = DiagramLayoutBuilder.Clean(DiagramLayoutBuilder.Documents(step));
        for (var k = 0; k < documents.Count; k++)
        {
            var cx = ItemCenter(task, k, documents.Count);
            var icon = new DiagramBounds(cx - (DataObjectWidth / 2), task.Bottom + 28, DataObjectWidth, DataObjectHeight);
            var item = data.Get(documents[k], isStore: false);
            var id = DiagramIds.Of("DataObjectReference", node.StepNumber, k + 1);
            shapes.Add(new DiagramShape(id, DiagramShapeKind.DataObject, icon, documents[k])
            {
                DataRef = item.Id,
                LabelBounds = new DiagramBounds(cx - (ItemLabelWidth / 2), icon.Bottom + 2, ItemLabelWidth, ItemLabelHeight),
            });
            var onTask = new DiagramPoint(Math.Clamp(cx, task.X + 8, task.Right - 54), task.Bottom);
            var onIcon = new DiagramPoint(cx, icon.Y);
            edges.Add(k < inputs.Count
                ? new DiagramEdge(DiagramIds.Of("DataInputAssociation", node.StepNumber, k + 1), DiagramEdgeKind.DataInput, id, node.Id, [onIcon, onTask])
                : new DiagramEdge(DiagramIds.Of("DataOutputAssociation", node.StepNumber, k + 1), DiagramEdgeKind.DataOutput, node.Id, id, [onTask, onIcon]));
        }

        var systems = DiagramLayoutBuilder.Clean(step.InformationSystems);
        for (var k = 0; k < systems.Count; k++)
        {
            var cx = ItemCenter(task, k, systems.Count);
            var icon = new DiagramBounds(cx - (StoreSize / 2), task.Y - 20 - StoreSize, StoreSize, StoreSize);
            var item = data.Get(systems[k], isStore: true);
            var id = DiagramIds.Of("DataStoreReference", node.StepNumber, k + 1);
            shapes.Add(new DiagramShape(id, DiagramShapeKind.DataStore, icon, systems[k])
            {
                DataRef = item.Id,
                LabelBounds = new DiagramBounds(cx - (ItemLabelWidth / 2), icon.Y - 2 - ItemLabelHeight, ItemLabelWidth, ItemLabelHeight),
            });
            edges.Add(new DiagramEdge(DiagramIds.Of("DataStoreAssociation", node.StepNumber, k + 1), DiagramEdgeKind.DataInput, id, node.Id,
                [new DiagramPoint(cx, icon.Bottom), new DiagramPoint(Math.Clamp(cx, task.X + 8, task.Right - 8), task.Y)]));
        }
    }

    private static double ItemCenter(DiagramBounds task, int index, int count) =>
        task.CenterX + ((index - ((count - 1) / 2.0)) * ItemSpacing);

    private DiagramEdge EdgeOf(Routed r, int number)
    {
        var (s, t) = (_bounds[r.Flow.Source.Id], _bounds[r.Flow.Target.Id]);
        var (sy, ty) = (s.CenterY, t.CenterY);
        IReadOnlyList<DiagramPoint> points = r.Route switch
        {
            Route.Vertical => [new(s.CenterX, s.Bottom), new(t.CenterX, t.Y)],
            Route.Inline or Route.Straight => [new(s.Right, sy), new(t.X, ty)],
            Route.Bend => Bend(s, t, TrackX(r.Flow.Source.Block, r.Track1)),
            _ => Long(s, t, TrackX(r.Flow.Source.Block, r.Track1), _laneY[r.Flow.Target.Lane] + 8 + (CorridorTrack * r.Corridor), TrackX(r.Flow.Target.Block - 1, r.Track2)),
        };
        var edge = new DiagramEdge(DiagramIds.Of("Flow", number), DiagramEdgeKind.SequenceFlow, r.Flow.Source.Id, r.Flow.Target.Id, points,
            r.Flow.Role switch
            {
                DiagramFlowRole.Grant => texts.Get("Diagram.Grant"),
                DiagramFlowRole.Refusal => texts.Get("Diagram.Refuse"),
                _ => null,
            },
            r.Flow.Role);
        var criteria = r.Flow.Source.Decision is { } d
            ? string.Join(texts.Get("Describe.ListSeparator"), DiagramLayoutBuilder.Clean(r.Flow.Role == DiagramFlowRole.Refusal ? d.RefusalCriteria : d.GrantCriteria))
            : null;
        return r.Flow.Role switch
        {
            DiagramFlowRole.Grant => edge with { Documentation = criteria, LabelBounds = new DiagramBounds(s.Right + 4, sy - 18, GrantLabelRoom - 8, 14) },
            DiagramFlowRole.Refusal => edge with { Documentation = criteria, LabelBounds = new DiagramBounds(s.CenterX + 6, s.CenterY + 28, GrantLabelRoom - 8, 14) },
            _ => edge,
        };
    }

    private double TrackX(int block, int track) => _blockX[block] + _blockWidth[block] + (ChannelBase / 2) + (ChannelTrack * track);

    private static DiagramPoint[] Bend(DiagramBounds s, DiagramBounds t, double x) =>
        [new(s.Right, s.CenterY), new(x, s.CenterY), new(x, t.CenterY), new(t.X, t.CenterY)];

    private static DiagramPoint[] Long(DiagramBounds s, DiagramBounds t, double x1, double y, double x2) =>
        [new(s.Right, s.CenterY), new(x1, s.CenterY), new(x1, y), new(x2, y), new(x2, t.CenterY), new(t.X, t.CenterY)];
}

using Takomil.Documents.Rendering;
using Takomil.Domain.Models;

namespace Takomil.Documents.Diagrams;

/// <summary>Paints a <see cref="DiagramLayout"/> (plus a legend row under it) onto any <see cref="IDrawing"/>.</summary>
internal static class DiagramPainter
{
    public const double LegendHeight = 40;

    private const string Ink = "#22313f";
    private const string Muted = "#5d6d7e";
    private const double LabelSize = 11;

    public static void Paint(IDrawing d, DiagramLayout layout)
    {
        var texts = new DiagramTexts(layout.Language);
        PaintPool(d, layout);
        foreach (var e in layout.Edges) PaintEdge(d, e);
        foreach (var s in layout.Shapes) PaintShape(d, s);
        PaintLegend(d, layout, texts);
    }

    private static void PaintPool(IDrawing d, DiagramLayout layout)
    {
        var pool = layout.Pool;
        d.Rect(pool, new Pen("#ffffff", Ink, 1.5));
        d.Rect(new DiagramBounds(pool.X, pool.Y, DiagramMetrics.PoolHeader, pool.Height), new Pen("#eef2f6", Ink, 1.5));
        VerticalLabel(d, layout.Title, pool.X, pool.CenterY, pool.Height, bold: true);
        foreach (var lane in layout.Lanes)
        {
            d.Rect(lane.Bounds, new Pen(null, Ink, 1));
            d.Rect(new DiagramBounds(lane.Bounds.X, lane.Bounds.Y, DiagramMetrics.LaneHeader, lane.Bounds.Height), new Pen("#f7f9fb", Ink, 1));
            d.BeginGroup(lane.Participant.Name);
            VerticalLabel(d, lane.Participant.Name, lane.Bounds.X, lane.Bounds.CenterY, lane.Bounds.Height, bold: false);
            d.EndGroup();
        }
    }

    private static void VerticalLabel(IDrawing d, string text, double headerX, double centerY, double length, bool bold)
    {
        var (lines, _) = TextFit.Wrap(text, length - 12, 12, 2);
        var x = headerX + (lines.Count > 1 ? 12 : 19);
        d.Text(lines, x, centerY, 12, TextAnchor.Middle, Ink, bold, vertical: true);
    }

    private static void PaintEdge(IDrawing d, DiagramEdge e)
    {
        var isFlow = e.Kind == DiagramEdgeKind.SequenceFlow;
        var color = e.Role == DiagramFlowRole.Refusal ? "#c0392b" : isFlow ? Ink : Muted;
        d.Polyline(e.Waypoints, new Pen(null, color, isFlow ? 1.5 : 1, Dashed: !isFlow), arrow: true, openArrow: !isFlow);
        if (e.Label is { } label && e.LabelBounds is { } b) Label(d, label, b, 10, color, TextAnchor.Start);
    }

    private static void PaintShape(IDrawing d, DiagramShape s)
    {
        var b = s.Bounds;
        var tooltip = string.IsNullOrWhiteSpace(s.Documentation) ? s.Label : s.Label + "\n" + s.Documentation;
        d.BeginGroup(tooltip);
        switch (s.Kind)
        {
            case DiagramShapeKind.Task:
                d.Rect(b, new Pen(KindFill(s.ProcedureKind), Ink, 1.5), 10);
                if (s.Number is { } n) d.Text([n.ToString(System.Globalization.CultureInfo.InvariantCulture)], b.X + 7, b.Y + 14, 10, TextAnchor.Start, Muted, bold: true);
                var (lines, _) = TextFit.Wrap(s.Label, b.Width - 16, 12, 4);
                d.Text(lines, b.CenterX, b.CenterY - ((lines.Count - 1) * 7.2) + 4, 12, TextAnchor.Middle, Ink);
                break;
            case DiagramShapeKind.StartEvent:
                d.Ellipse(b.CenterX, b.CenterY, b.Width / 2, b.Height / 2, new Pen("#ffffff", "#27ae60", 2));
                break;
            case DiagramShapeKind.EndEvent:
                var refused = s.Id.StartsWith("Event_Refused", StringComparison.Ordinal);
                d.Ellipse(b.CenterX, b.CenterY, b.Width / 2, b.Height / 2, new Pen("#ffffff", refused ? "#c0392b" : Ink, 4));
                break;
            case DiagramShapeKind.ParallelGateway or DiagramShapeKind.ExclusiveGateway:
                PaintGateway(d, b, s.Kind == DiagramShapeKind.ParallelGateway);
                break;
            case DiagramShapeKind.TimerBoundaryEvent:
                d.Ellipse(b.CenterX, b.CenterY, b.Width / 2, b.Height / 2, new Pen("#ffffff", Ink, 1.5));
                d.Ellipse(b.CenterX, b.CenterY, (b.Width / 2) - 4, (b.Height / 2) - 4, new Pen(null, Ink, 1));
                d.Polyline([new(b.CenterX, b.Y + 9), new(b.CenterX, b.CenterY), new(b.CenterX + 6, b.CenterY + 3)], new Pen(null, Ink, 1.5));
                break;
            case DiagramShapeKind.DataObject:
                d.Polygon([new(b.X, b.Y), new(b.Right - 10, b.Y), new(b.Right, b.Y + 10), new(b.Right, b.Bottom), new(b.X, b.Bottom)], new Pen("#ffffff", Muted, 1.2));
                d.Polyline([new(b.Right - 10, b.Y), new(b.Right - 10, b.Y + 10), new(b.Right, b.Y + 10)], new Pen(null, Muted, 1));
                break;
            case DiagramShapeKind.DataStore:
                d.Rect(new DiagramBounds(b.X, b.Y + 6, b.Width, b.Height - 12), new Pen("#ecf0f1", null));
                d.Ellipse(b.CenterX, b.Bottom - 6, b.Width / 2, 6, new Pen("#ecf0f1", Muted, 1.2));
                d.Rect(new DiagramBounds(b.X, b.Y + 6, b.Width, b.Height - 12), new Pen("#ecf0f1", null));
                d.Polyline([new(b.X, b.Y + 6), new(b.X, b.Bottom - 6)], new Pen(null, Muted, 1.2));
                d.Polyline([new(b.Right, b.Y + 6), new(b.Right, b.Bottom - 6)], new Pen(null, Muted, 1.2));
                d.Ellipse(b.CenterX, b.Y + 6, b.Width / 2, 6, new Pen("#ecf0f1", Muted, 1.2));
                break;
        }
        if (s.LabelBounds is { } lb && s.Kind != DiagramShapeKind.Task)
        {
            Label(d, s.Label, lb, s.Kind == DiagramShapeKind.TimerBoundaryEvent ? 10 : LabelSize, Ink,
                s.Kind == DiagramShapeKind.TimerBoundaryEvent ? TextAnchor.Start : TextAnchor.Middle);
        }
        d.EndGroup();
    }

    private static void PaintGateway(IDrawing d, DiagramBounds b, bool parallel)
    {
        d.Polygon([new(b.CenterX, b.Y), new(b.Right, b.CenterY), new(b.CenterX, b.Bottom), new(b.X, b.CenterY)], new Pen("#fff8e1", Ink, 1.5));
        var pen = new Pen(null, Ink, 3);
        if (parallel)
        {
            d.Polyline([new(b.CenterX, b.Y + 13), new(b.CenterX, b.Bottom - 13)], pen);
            d.Polyline([new(b.X + 13, b.CenterY), new(b.Right - 13, b.CenterY)], pen);
        }
        else
        {
            d.Polyline([new(b.X + 17, b.Y + 17), new(b.Right - 17, b.Bottom - 17)], pen);
            d.Polyline([new(b.Right - 17, b.Y + 17), new(b.X + 17, b.Bottom - 17)], pen);
        }
    }

    /// <summary>Text wrapped into its label box, as many lines as fit, the first baseline one line down.</summary>
    private static void Label(IDrawing d, string text, DiagramBounds b, double size, string color, TextAnchor anchor)
    {
        var maxLines = Math.Max(1, (int)Math.Floor(b.Height / (size * 1.2)));
        var (lines, _) = TextFit.Wrap(text, b.Width, size, maxLines);
        var x = anchor == TextAnchor.Middle ? b.CenterX : b.X;
        d.Text(lines, x, b.Y + size, size, anchor, color);
    }

    internal static string KindFill(ProcedureKind? kind) => kind switch
    {
        ProcedureKind.Electronic => "#d5f5e3",
        ProcedureKind.InteragencyRequest => "#d6eaf8",
        ProcedureKind.ApplicantVisit => "#fadbd8",
        _ => "#fdf2d0",
    };

    private static void PaintLegend(IDrawing d, DiagramLayout layout, DiagramTexts texts)
    {
        var y = layout.Height + 4;
        var x = layout.Pool.X;
        foreach (var kind in new[] { ProcedureKind.Electronic, ProcedureKind.Manual, ProcedureKind.InteragencyRequest, ProcedureKind.ApplicantVisit })
        {
            d.Rect(new DiagramBounds(x, y, 22, 14), new Pen(KindFill(kind), Ink, 1), 3);
            var label = texts.Kind(kind);
            d.Text([label], x + 28, y + 11, LabelSize, TextAnchor.Start, Ink);
            x += 28 + TextFit.Width(label, LabelSize) + 18;
        }
        d.Polygon([new(x, y - 3), new(x + 10, y - 3), new(x + 14, y + 1), new(x + 14, y + 17), new(x, y + 17)], new Pen("#ffffff", Muted, 1));
        var doc = texts.Get("Diagram.Document");
        d.Text([doc], x + 20, y + 11, LabelSize, TextAnchor.Start, Ink);
        x += 20 + TextFit.Width(doc, LabelSize) + 18;
        d.Rect(new DiagramBounds(x, y - 2, 18, 18), new Pen("#ecf0f1", Muted, 1), 4);
        d.Text([texts.Get("Diagram.System")], x + 24, y + 11, LabelSize, TextAnchor.Start, Ink);
    }
}

using System.Globalization;
using System.Text;
using System.Xml;
using Takomil.Documents.Rendering;
using Takomil.Domain.Common;

namespace Takomil.Documents.Diagrams;

/// <summary>
/// BPMN 2.0 XML with diagram interchange for a <see cref="DiagramLayout"/>: one collaboration with one pool, a
/// lane per participant, tasks, gateways, events, data objects and stores, sequence flows and data associations,
/// each with its BPMNShape or BPMNEdge. Opens in bpmn.io and Camunda Modeler. Same layout, same bytes.
/// </summary>
public static class BpmnWriter
{
    private const string Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private const string BpmnDi = "http://www.omg.org/spec/BPMN/20100524/DI";
    private const string Dc = "http://www.omg.org/spec/DD/20100524/DC";
    private const string Di = "http://www.omg.org/spec/DD/20100524/DI";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static string Write(DiagramLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            Encoding = new UTF8Encoding(false),
        };
        var sb = new StringBuilder();
        using (var stringWriter = new Utf8StringWriter(sb))
        using (var w = XmlWriter.Create(stringWriter, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("bpmn", "definitions", Bpmn);
            w.WriteAttributeString("xmlns", "bpmndi", null, BpmnDi);
            w.WriteAttributeString("xmlns", "dc", null, Dc);
            w.WriteAttributeString("xmlns", "di", null, Di);
            w.WriteAttributeString("xmlns", "xsi", null, Xsi);
            w.WriteAttributeString("id", "Definitions_1");
            w.WriteAttributeString("targetNamespace", "urn:takomil:process-model");
            w.WriteAttributeString("exporter", "Takomil");
            w.WriteAttributeString("exporterVersion", "1");

            w.WriteStartElement("bpmn", "collaboration", Bpmn);
            w.WriteAttributeString("id", "Collaboration_1");
            w.WriteStartElement("bpmn", "participant", Bpmn);
            w.WriteAttributeString("id", "Participant_1");
            Name(w, layout.Title);
            w.WriteAttributeString("processRef", "Process_1");
            w.WriteEndElement();
            w.WriteEndElement();

            BpmnProcessWriter.Write(w, layout);
            foreach (var store in layout.DataItems.Where(d => d.IsStore))
            {
                w.WriteStartElement("bpmn", "dataStore", Bpmn);
                w.WriteAttributeString("id", store.Id);
                Name(w, store.Name);
                w.WriteEndElement();
            }
            WriteDiagram(w, layout);
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        return sb.ToString();
    }

    internal static void Name(XmlWriter w, string? name)
    {
        var clean = SafeText.Clean(name);
        if (clean.Length > 0) w.WriteAttributeString("name", clean);
    }

    internal static void Documentation(XmlWriter w, string? text)
    {
        var clean = SafeText.Clean(text);
        if (clean.Length == 0) return;
        w.WriteStartElement("bpmn", "documentation", Bpmn);
        w.WriteString(clean);
        w.WriteEndElement();
    }

    internal static string Num(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 duration of a time limit: days as P{n}D (working or calendar), hours as PT{n}H.</summary>
    public static string IsoDuration(TimeLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        var n = limit.Value.ToString("0.####", CultureInfo.InvariantCulture);
        return limit.Unit == TimeUnit.Hours ? $"PT{n}H" : $"P{n}D";
    }

    private static void WriteDiagram(XmlWriter w, DiagramLayout layout)
    {
        w.WriteStartElement("bpmndi", "BPMNDiagram", BpmnDi);
        w.WriteAttributeString("id", "BPMNDiagram_1");
        w.WriteStartElement("bpmndi", "BPMNPlane", BpmnDi);
        w.WriteAttributeString("id", "BPMNPlane_1");
        w.WriteAttributeString("bpmnElement", "Collaboration_1");
        Shape(w, "Participant_1", layout.Pool, null, horizontal: true);
        foreach (var lane in layout.Lanes) Shape(w, lane.Id, lane.Bounds, null, horizontal: true);
        foreach (var s in layout.Shapes) Shape(w, s.Id, s.Bounds, s.LabelBounds, horizontal: false);
        foreach (var e in layout.Edges)
        {
            w.WriteStartElement("bpmndi", "BPMNEdge", BpmnDi);
            w.WriteAttributeString("id", e.Id + "_di");
            w.WriteAttributeString("bpmnElement", e.Id);
            foreach (var p in e.Waypoints)
            {
                w.WriteStartElement("di", "waypoint", Di);
                w.WriteAttributeString("x", Num(p.X));
                w.WriteAttributeString("y", Num(p.Y));
                w.WriteEndElement();
            }
            Label(w, e.LabelBounds);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Shape(XmlWriter w, string id, DiagramBounds b, DiagramBounds? label, bool horizontal)
    {
        w.WriteStartElement("bpmndi", "BPMNShape", BpmnDi);
        w.WriteAttributeString("id", id + "_di");
        w.WriteAttributeString("bpmnElement", id);
        if (horizontal) w.WriteAttributeString("isHorizontal", "true");
        Bounds(w, b);
        Label(w, label);
        w.WriteEndElement();
    }

    private static void Label(XmlWriter w, DiagramBounds? label)
    {
        if (label is not { } l) return;
        w.WriteStartElement("bpmndi", "BPMNLabel", BpmnDi);
        Bounds(w, l);
        w.WriteEndElement();
    }

    private static void Bounds(XmlWriter w, DiagramBounds b)
    {
        w.WriteStartElement("dc", "Bounds", Dc);
        w.WriteAttributeString("x", Num(b.X));
        w.WriteAttributeString("y", Num(b.Y));
        w.WriteAttributeString("width", Num(b.Width));
        w.WriteAttributeString("height", Num(b.Height));
        w.WriteEndElement();
    }

    /// <summary>A StringWriter that declares UTF-8, so the XML declaration says what the bytes will be.</summary>
    private sealed class Utf8StringWriter(StringBuilder sb) : StringWriter(sb, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}

using System.Globalization;
using System.Xml.Linq;
using Takomil.Documents.Diagrams;

namespace Takomil.Documents.Tests.Support;

/// <summary>Reads BPMN XML back for schema-level checks, independent of the layout objects that produced it.</summary>
internal sealed class BpmnXml
{
    public static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace BpmnDi = "http://www.omg.org/spec/BPMN/20100524/DI";
    public static readonly XNamespace Dc = "http://www.omg.org/spec/DD/20100524/DC";

    private static readonly HashSet<string> FlowNodeNames =
        ["startEvent", "endEvent", "boundaryEvent", "task", "serviceTask", "userTask", "manualTask", "sendTask", "receiveTask", "parallelGateway", "exclusiveGateway"];

    public BpmnXml(string xml)
    {
        Document = XDocument.Parse(xml);
        Process = Document.Root!.Element(Bpmn + "process")!;
    }

    public XDocument Document { get; }

    public XElement Process { get; }

    public IEnumerable<XElement> FlowNodes => Process.Elements().Where(e => FlowNodeNames.Contains(e.Name.LocalName));

    public IEnumerable<XElement> SequenceFlows => Process.Elements(Bpmn + "sequenceFlow");

    public IEnumerable<XElement> Associations => Process.Descendants().Where(e => e.Name == Bpmn + "dataInputAssociation" || e.Name == Bpmn + "dataOutputAssociation");

    public IEnumerable<XElement> Lanes => Process.Descendants(Bpmn + "lane");

    public XElement ById(string id) => Document.Descendants().Single(e => (string?)e.Attribute("id") == id);

    public static string Id(XElement e) => (string)e.Attribute("id")!;

    public Dictionary<string, DiagramBounds> ShapeBounds() =>
        Document.Descendants(BpmnDi + "BPMNShape").ToDictionary(
            s => (string)s.Attribute("bpmnElement")!,
            s => Bounds(s.Element(Dc + "Bounds")!));

    public HashSet<string> EdgeElements() =>
        [.. Document.Descendants(BpmnDi + "BPMNEdge").Select(e => (string)e.Attribute("bpmnElement")!)];

    private static DiagramBounds Bounds(XElement b) => new(D(b, "x"), D(b, "y"), D(b, "width"), D(b, "height"));

    private static double D(XElement e, string name) => double.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);
}

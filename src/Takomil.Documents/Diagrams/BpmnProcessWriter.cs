using System.Xml;
using Takomil.Domain.Common;

namespace Takomil.Documents.Diagrams;

/// <summary>The semantic part of <see cref="BpmnWriter"/>: the process with its lanes, flow nodes, data and flows.</summary>
internal static class BpmnProcessWriter
{
    private const string Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(XmlWriter w, DiagramLayout layout)
    {
        var incoming = layout.Edges.Where(e => e.Kind == DiagramEdgeKind.SequenceFlow).ToLookup(e => e.TargetId, StringComparer.Ordinal);
        var outgoing = layout.Edges.Where(e => e.Kind == DiagramEdgeKind.SequenceFlow).ToLookup(e => e.SourceId, StringComparer.Ordinal);
        var inputs = layout.Edges.Where(e => e.Kind == DiagramEdgeKind.DataInput).ToLookup(e => e.TargetId, StringComparer.Ordinal);
        var outputs = layout.Edges.Where(e => e.Kind == DiagramEdgeKind.DataOutput).ToLookup(e => e.SourceId, StringComparer.Ordinal);

        w.WriteStartElement("bpmn", "process", Bpmn);
        w.WriteAttributeString("id", "Process_1");
        w.WriteAttributeString("isExecutable", "false");

        w.WriteStartElement("bpmn", "laneSet", Bpmn);
        w.WriteAttributeString("id", "LaneSet_1");
        foreach (var lane in layout.Lanes)
        {
            w.WriteStartElement("bpmn", "lane", Bpmn);
            w.WriteAttributeString("id", lane.Id);
            BpmnWriter.Name(w, lane.Participant.Name);
            foreach (var s in layout.Shapes.Where(s => s.IsFlowNode && s.LaneId == lane.Id))
            {
                w.WriteElementString("bpmn", "flowNodeRef", Bpmn, s.Id);
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();

        foreach (var item in layout.DataItems.Where(d => !d.IsStore))
        {
            w.WriteStartElement("bpmn", "dataObject", Bpmn);
            w.WriteAttributeString("id", item.Id);
            BpmnWriter.Name(w, item.Name);
            w.WriteEndElement();
        }

        foreach (var s in layout.Shapes)
        {
            w.WriteStartElement("bpmn", ElementName(s), Bpmn);
            w.WriteAttributeString("id", s.Id);
            BpmnWriter.Name(w, s.Label);
            switch (s.Kind)
            {
                case DiagramShapeKind.TimerBoundaryEvent:
                    w.WriteAttributeString("cancelActivity", "false");
                    w.WriteAttributeString("attachedToRef", s.AttachedToId);
                    break;
                case DiagramShapeKind.DataObject:
                    w.WriteAttributeString("dataObjectRef", s.DataRef);
                    break;
                case DiagramShapeKind.DataStore:
                    w.WriteAttributeString("dataStoreRef", s.DataRef);
                    break;
            }
            BpmnWriter.Documentation(w, s.Documentation);
            foreach (var e in incoming[s.Id]) w.WriteElementString("bpmn", "incoming", Bpmn, e.Id);
            foreach (var e in outgoing[s.Id]) w.WriteElementString("bpmn", "outgoing", Bpmn, e.Id);
            if (s.Kind == DiagramShapeKind.Task) WriteAssociations(w, s, inputs[s.Id], outputs[s.Id]);
            if (s is { Kind: DiagramShapeKind.TimerBoundaryEvent, TimeLimit: { } limit }) WriteTimer(w, s, limit);
            w.WriteEndElement();
        }

        foreach (var e in layout.Edges.Where(e => e.Kind == DiagramEdgeKind.SequenceFlow))
        {
            w.WriteStartElement("bpmn", "sequenceFlow", Bpmn);
            w.WriteAttributeString("id", e.Id);
            BpmnWriter.Name(w, e.Label);
            w.WriteAttributeString("sourceRef", e.SourceId);
            w.WriteAttributeString("targetRef", e.TargetId);
            BpmnWriter.Documentation(w, e.Documentation);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static string ElementName(DiagramShape s) => s.Kind switch
    {
        DiagramShapeKind.StartEvent => "startEvent",
        DiagramShapeKind.EndEvent => "endEvent",
        DiagramShapeKind.ParallelGateway => "parallelGateway",
        DiagramShapeKind.ExclusiveGateway => "exclusiveGateway",
        DiagramShapeKind.TimerBoundaryEvent => "boundaryEvent",
        DiagramShapeKind.DataObject => "dataObjectReference",
        DiagramShapeKind.DataStore => "dataStoreReference",
        _ => s.TaskType switch
        {
            DiagramTaskType.ServiceTask => "serviceTask",
            DiagramTaskType.UserTask => "userTask",
            DiagramTaskType.SendTask => "sendTask",
            _ => "manualTask",
        },
    };

    private static void WriteAssociations(XmlWriter w, DiagramShape task, IEnumerable<DiagramEdge> inputs, IEnumerable<DiagramEdge> outputs)
    {
        var ins = inputs.ToList();
        // Data inputs target a property of the task, as bpmn-js itself writes them.
        var property = "Property_" + task.Id;
        if (ins.Count > 0)
        {
            w.WriteStartElement("bpmn", "property", Bpmn);
            w.WriteAttributeString("id", property);
            w.WriteAttributeString("name", "__targetRef_placeholder");
            w.WriteEndElement();
        }
        foreach (var e in ins)
        {
            w.WriteStartElement("bpmn", "dataInputAssociation", Bpmn);
            w.WriteAttributeString("id", e.Id);
            w.WriteElementString("bpmn", "sourceRef", Bpmn, e.SourceId);
            w.WriteElementString("bpmn", "targetRef", Bpmn, property);
            w.WriteEndElement();
        }
        foreach (var e in outputs)
        {
            w.WriteStartElement("bpmn", "dataOutputAssociation", Bpmn);
            w.WriteAttributeString("id", e.Id);
            w.WriteElementString("bpmn", "targetRef", Bpmn, e.TargetId);
            w.WriteEndElement();
        }
    }

    private static void WriteTimer(XmlWriter w, DiagramShape s, TimeLimit limit)
    {
        w.WriteStartElement("bpmn", "timerEventDefinition", Bpmn);
        w.WriteAttributeString("id", "TimerEventDefinition_" + s.Id);
        w.WriteStartElement("bpmn", "timeDuration", Bpmn);
        w.WriteAttributeString("type", Xsi, "bpmn:tFormalExpression");
        w.WriteString(BpmnWriter.IsoDuration(limit));
        w.WriteEndElement();
        w.WriteEndElement();
    }
}

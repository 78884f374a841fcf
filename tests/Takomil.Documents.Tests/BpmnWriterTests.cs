using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Takomil.Documents.Diagrams;
using Takomil.Documents.Tests.Support;
using Takomil.Domain.Common;
using Takomil.Domain.Models;
using static Takomil.Documents.Tests.Support.BpmnXml;

namespace Takomil.Documents.Tests;

public sealed class BpmnWriterTests
{
    private static string RealisticXml(UiLanguage language = UiLanguage.UzLatn) =>
        BpmnWriter.Write(DiagramLayoutBuilder.Build(TestModels.Realistic(), language, "Qurilishga ruxsatnoma berish"));

    [Fact]
    public void Write_RealisticModel_IdsUniqueAndValidNames()
    {
        var bpmn = new BpmnXml(RealisticXml());

        var ids = bpmn.Document.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => XmlConvert.VerifyNCName(id));
    }

    [Fact]
    public void Write_RealisticModel_EveryFlowConnectsExistingNodes()
    {
        var bpmn = new BpmnXml(RealisticXml());
        var nodes = bpmn.FlowNodes.Select(Id).ToHashSet();

        foreach (var flow in bpmn.SequenceFlows)
        {
            Assert.Contains((string)flow.Attribute("sourceRef")!, nodes);
            Assert.Contains((string)flow.Attribute("targetRef")!, nodes);
            Assert.Contains(bpmn.ById((string)flow.Attribute("sourceRef")!).Elements(Bpmn + "outgoing"), o => o.Value == Id(flow));
            Assert.Contains(bpmn.ById((string)flow.Attribute("targetRef")!).Elements(Bpmn + "incoming"), i => i.Value == Id(flow));
        }
        var dataRefs = bpmn.Process.Elements().Where(e => e.Name.LocalName is "dataObjectReference" or "dataStoreReference").Select(Id).ToHashSet();
        Assert.All(bpmn.Associations, a =>
            Assert.Contains(a.Element(Bpmn + (a.Name.LocalName == "dataInputAssociation" ? "sourceRef" : "targetRef"))!.Value, dataRefs));
    }

    [Fact]
    public void Write_RealisticModel_EveryElementHasItsShapeOrEdge()
    {
        var bpmn = new BpmnXml(RealisticXml());
        var shapes = bpmn.ShapeBounds();
        var edges = bpmn.EdgeElements();

        var visual = bpmn.Process.Elements().Where(e => e.Name.LocalName is not ("laneSet" or "dataObject" or "sequenceFlow"));
        Assert.All(visual, e => Assert.True(shapes.ContainsKey(Id(e)), Id(e) + " has no BPMNShape"));
        Assert.All(bpmn.Lanes, l => Assert.True(shapes.ContainsKey(Id(l)), Id(l) + " has no BPMNShape"));
        Assert.Contains("Participant_1", shapes.Keys);
        Assert.All(bpmn.SequenceFlows.Concat(bpmn.Associations), e => Assert.Contains(Id(e), edges));
        Assert.Equal(shapes.Count + edges.Count, bpmn.Document.Descendants().Count(e => e.Name == BpmnDi + "BPMNShape" || e.Name == BpmnDi + "BPMNEdge"));
    }

    [Fact]
    public void Write_RealisticModel_LanesCoverEveryFlowNodeOnce()
    {
        var bpmn = new BpmnXml(RealisticXml());

        var refs = bpmn.Lanes.SelectMany(l => l.Elements(Bpmn + "flowNodeRef")).Select(r => r.Value).ToList();

        Assert.Equal(bpmn.FlowNodes.Select(Id).Order(StringComparer.Ordinal), refs.Order(StringComparer.Ordinal));
        Assert.Equal(["Ariza beruvchi", "Davlat xizmatlari markazi", "Kadastr agentligi", "Yongʻin xavfsizligi xizmati", "Tuman hokimligi"],
            bpmn.Lanes.Select(l => (string)l.Attribute("name")!));
    }

    [Fact]
    public void Write_RealisticModel_NoShapesOverlap()
    {
        var bpmn = new BpmnXml(RealisticXml());
        var shapes = bpmn.ShapeBounds().Where(s => !s.Key.StartsWith("Lane_", StringComparison.Ordinal) && s.Key != "Participant_1").ToList();
        var hosts = bpmn.Process.Elements(Bpmn + "boundaryEvent").ToDictionary(Id, b => (string)b.Attribute("attachedToRef")!);

        for (var i = 0; i < shapes.Count; i++)
        {
            for (var j = i + 1; j < shapes.Count; j++)
            {
                var (a, b) = (shapes[i], shapes[j]);
                if (hosts.GetValueOrDefault(a.Key) == b.Key || hosts.GetValueOrDefault(b.Key) == a.Key) continue;
                Assert.False(a.Value.Overlaps(b.Value), $"{a.Key} overlaps {b.Key}");
            }
        }
    }

    [Fact]
    public void Write_RealisticModel_TaskTypesTimersGatewaysAndDecision()
    {
        var bpmn = new BpmnXml(RealisticXml(UiLanguage.En));
        XElement Task(string key) => bpmn.FlowNodes.Single(e => Id(e).StartsWith("Activity_", StringComparison.Ordinal) && Id(e).EndsWith("_" + key, StringComparison.Ordinal));

        Assert.Equal("manualTask", Task("p1").Name.LocalName);   // applicant's visit
        Assert.Equal("serviceTask", Task("p3").Name.LocalName);  // electronic
        Assert.Equal("sendTask", Task("p5").Name.LocalName);     // interagency request
        Assert.Equal("userTask", Task("p6").Name.LocalName);     // manual, with a system
        Assert.Equal("manualTask", Task("p8").Name.LocalName);   // manual, no system

        var timers = bpmn.Process.Elements(Bpmn + "boundaryEvent").ToDictionary(t => (string)t.Attribute("attachedToRef")!);
        Assert.Equal(14, timers.Count);
        string Duration(string key) => timers[Id(Task(key))].Descendants(Bpmn + "timeDuration").Single().Value;
        Assert.Equal("P5D", Duration("p8"));
        Assert.Equal("PT0.5H", Duration("p14"));
        Assert.Contains("working days", timers[Id(Task("p8"))].Element(Bpmn + "documentation")!.Value, StringComparison.Ordinal);

        var forks = bpmn.Process.Elements(Bpmn + "parallelGateway").Select(g => (In: g.Elements(Bpmn + "incoming").Count(), Out: g.Elements(Bpmn + "outgoing").Count())).ToList();
        Assert.Contains((1, 3), forks);
        Assert.Contains((3, 1), forks);

        var decision = bpmn.Process.Elements(Bpmn + "exclusiveGateway").Single();
        Assert.Equal("Talablarga muvofiqmi?", (string)decision.Attribute("name")!);
        var outgoing = bpmn.SequenceFlows.Where(f => (string)f.Attribute("sourceRef")! == Id(decision)).ToList();
        Assert.Equal(["Grant", "Refuse"], outgoing.Select(f => (string)f.Attribute("name")!).Order(StringComparer.Ordinal));
        var refusal = outgoing.Single(f => (string)f.Attribute("name")! == "Refuse");
        Assert.Equal("endEvent", bpmn.ById((string)refusal.Attribute("targetRef")!).Name.LocalName);
        Assert.Contains("Hujjatlar soxta", refusal.Element(Bpmn + "documentation")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SameModel_SameBytesWhateverTheCulture()
    {
        var first = RealisticXml();
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ru-RU");
            Assert.Equal(first, RealisticXml());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Write_HostileKeysAndText_ValidUniqueIdsAndEscapedNames()
    {
        var hostileLane = new Participant(ParticipantKind.Agency, "Lane \"<&>\" ]]> \u0007");
        var steps = new[]
        {
            TestModels.Step("a b", "<script>alert(1)</script> & \"quotes\" 'x' ]]>", TestModels.Applicant, ProcedureKind.Manual, [], inputs: ["Doc <1> & \u0001"]),
            TestModels.Step("a_b", "Ключ на кириллице", hostileLane, ProcedureKind.Electronic, ["a b"], systems: ["Sys\"tem"]),
            TestModels.Step("1st", "emoji 🙂 and lone \ud800 surrogate", hostileLane, ProcedureKind.Manual, ["a_b"]),
            TestModels.Step("Ключ", "x", TestModels.Applicant, ProcedureKind.InteragencyRequest, ["1st"]),
            TestModels.Step("<x>", "y", TestModels.Applicant, ProcedureKind.Manual, ["Ключ"]),
        };

        var xml = BpmnWriter.Write(DiagramLayoutBuilder.Build(steps, UiLanguage.Ru, "Title & <b>\u0002"));

        var bpmn = new BpmnXml(xml);
        var ids = bpmn.Document.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => XmlConvert.VerifyNCName(id));
        var names = bpmn.FlowNodes.Select(e => (string?)e.Attribute("name")).ToList();
        Assert.Contains("<script>alert(1)</script> & \"quotes\" 'x' ]]>", names);
        Assert.Contains("emoji 🙂 and lone  surrogate", names);
        Assert.Contains(bpmn.Lanes, l => (string?)l.Attribute("name") == "Lane \"<&>\" ]]> ");
        Assert.Equal("Title & <b>", (string?)bpmn.Document.Descendants(Bpmn + "participant").Single().Attribute("name"));
        Assert.Equal(5, bpmn.FlowNodes.Count(e => Id(e).StartsWith("Activity_", StringComparison.Ordinal)));
    }
}

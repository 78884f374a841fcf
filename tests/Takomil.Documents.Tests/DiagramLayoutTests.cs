using Takomil.Documents.Diagrams;
using Takomil.Documents.Tests.Support;
using Takomil.Domain.Common;
using Takomil.Domain.Models;

namespace Takomil.Documents.Tests;

public sealed class DiagramLayoutTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    [InlineData(60)]
    [InlineData(200)]
    public void Build_AnyModel_NoShapesOverlapAndFlowsAreOrthogonal(int generated)
    {
        var layout = DiagramLayoutBuilder.Build(generated == 0 ? TestModels.Realistic() : TestModels.Generated(generated), UiLanguage.En, "m");

        var shapes = layout.Shapes;
        for (var i = 0; i < shapes.Count; i++)
        {
            for (var j = i + 1; j < shapes.Count; j++)
            {
                if (shapes[i].AttachedToId == shapes[j].Id || shapes[j].AttachedToId == shapes[i].Id) continue;
                Assert.False(shapes[i].Bounds.Overlaps(shapes[j].Bounds), $"{shapes[i].Id} overlaps {shapes[j].Id}");
            }
        }
        foreach (var e in layout.Edges.Where(e => e.Kind == DiagramEdgeKind.SequenceFlow))
        {
            Assert.All(e.Waypoints.Zip(e.Waypoints.Skip(1)), s => Assert.True(s.First.X == s.Second.X || s.First.Y == s.Second.Y, e.Id + " has a diagonal segment"));
            Assert.True(OnBorder(layout.Shape(e.SourceId).Bounds, e.Waypoints[0]), e.Id + " does not leave its source");
            Assert.True(OnBorder(layout.Shape(e.TargetId).Bounds, e.Waypoints[^1]), e.Id + " does not reach its target");
        }
        Assert.All(shapes, s => Assert.True(s.Bounds.X >= layout.Pool.X && s.Bounds.Right <= layout.Pool.Right && s.Bounds.Bottom <= layout.Pool.Bottom, s.Id + " outside the pool"));
    }

    [Fact]
    public void Build_RealisticModel_LanesApplicantFirstThenFirstAppearance()
    {
        var layout = DiagramLayoutBuilder.Build(TestModels.Realistic(), UiLanguage.UzLatn, "m");

        Assert.Equal([TestModels.Applicant, TestModels.Centre, TestModels.Cadastre, TestModels.Fire, TestModels.Khokimiyat], layout.Lanes.Select(l => l.Participant));
        Assert.All(layout.Lanes.Zip(layout.Lanes.Skip(1)), p => Assert.Equal(p.First.Bounds.Bottom, p.Second.Bounds.Y));
        foreach (var task in layout.Shapes.Where(s => s.Kind == DiagramShapeKind.Task))
        {
            var lane = layout.Lanes.Single(l => l.Id == task.LaneId);
            Assert.True(task.Bounds.Y >= lane.Bounds.Y && task.Bounds.Bottom <= lane.Bounds.Bottom, task.Id + " outside its lane");
        }
    }

    [Fact]
    public void Build_RealisticModel_StepsInColumnsByRank()
    {
        var procedures = TestModels.Realistic();
        var layout = DiagramLayoutBuilder.Build(procedures, UiLanguage.UzLatn, "m");
        var task = layout.Shapes.Where(s => s.StepKey is not null).ToDictionary(s => s.StepKey!);

        foreach (var p in procedures)
        {
            Assert.All(p.Predecessors, pred => Assert.True(task[pred].Bounds.Right < task[p.Key].Bounds.X, $"{pred} is not left of {p.Key}"));
        }
        var layers = ProcessGraph.Layers(procedures);
        Assert.All(layers, layer => Assert.Single(layer.Select(k => task[k].Bounds.CenterX).Distinct()));
    }

    [Fact]
    public void Build_RealisticModel_DocumentsSystemsAndTimersAttached()
    {
        var layout = DiagramLayoutBuilder.Build(TestModels.Realistic(), UiLanguage.UzLatn, "m");

        Assert.Equal(3, layout.DataItems.Count(d => d.IsStore));
        Assert.True(layout.DataItems.Count(d => !d.IsStore) >= 8);
        Assert.Equal(14, layout.Shapes.Count(s => s.Kind == DiagramShapeKind.TimerBoundaryEvent));
        var p10 = layout.Shapes.Single(s => s.StepKey == "p10");
        var inputs = layout.Edges.Where(e => e.Kind == DiagramEdgeKind.DataInput && e.TargetId == p10.Id).Select(e => layout.Shape(e.SourceId)).ToList();
        Assert.Equal([TestModels.EDocs, "Kadastr koʻchirmasi", "Yongʻin xavfsizligi xulosasi"], inputs.Select(s => s.Label).Order(StringComparer.Ordinal));
        Assert.All(inputs.Where(s => s.Kind == DiagramShapeKind.DataObject), d => Assert.True(d.Bounds.Y > p10.Bounds.Bottom));
        Assert.All(inputs.Where(s => s.Kind == DiagramShapeKind.DataStore), d => Assert.True(d.Bounds.Bottom < p10.Bounds.Y));
    }

    [Fact]
    public void Build_CyclicModel_Throws()
    {
        var steps = new[]
        {
            TestModels.Step("a", "A", TestModels.Applicant, ProcedureKind.Manual, ["b"]),
            TestModels.Step("b", "B", TestModels.Applicant, ProcedureKind.Manual, ["a"]),
        };

        Assert.Throws<InvalidOperationException>(() => DiagramLayoutBuilder.Build(steps, UiLanguage.En, "x"));
        Assert.Throws<ArgumentException>(() => DiagramLayoutBuilder.Build([], UiLanguage.En, "x"));
    }

    [Fact]
    public void Build_TwoRootsAndTwoEnds_StartForkAndEndJoin()
    {
        var steps = new[]
        {
            TestModels.Step("a", "A", TestModels.Applicant, ProcedureKind.Manual, []),
            TestModels.Step("b", "B", TestModels.Centre, ProcedureKind.Manual, []),
            TestModels.Step("c", "C", TestModels.Centre, ProcedureKind.Manual, ["a", "b"]),
            TestModels.Step("d", "D", TestModels.Applicant, ProcedureKind.Manual, ["c"]),
            TestModels.Step("e", "E", TestModels.Centre, ProcedureKind.Manual, ["c"]),
        };

        var layout = DiagramLayoutBuilder.Build(steps, UiLanguage.En, "x");

        Assert.Equal(4, layout.Shapes.Count(s => s.Kind == DiagramShapeKind.ParallelGateway)); // start fork, join at c, fork after c, end join
        Assert.Single(layout.Shapes, s => s.Kind == DiagramShapeKind.StartEvent);
        Assert.Single(layout.Shapes, s => s.Kind == DiagramShapeKind.EndEvent);
    }

    private static bool OnBorder(DiagramBounds b, DiagramPoint p) =>
        (p.X >= b.X && p.X <= b.Right && (p.Y == b.Y || p.Y == b.Bottom)) || (p.Y >= b.Y && p.Y <= b.Bottom && (p.X == b.X || p.X == b.Right));
}

using Takomil.Analysis.Measures;
using Takomil.Analysis.Samples;
using Takomil.Domain.Access;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using static Takomil.Analysis.Tests.TestModels;

namespace Takomil.Analysis.Tests;

public class SampleFileTests
{
    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"inspectionYear\": 2026}")]
    [InlineData("{\"service\": {\"code\": \"X\", \"nameUzLatn\": \"Y\"}, \"procedures\": [{\"key\": \"a\", \"title\": \"t\", \"lane\": {\"kind\": \"Martian\", \"name\": \"n\"}, \"kind\": \"Manual\"}]}")]
    [InlineData("{\"service\": {\"code\": \"X\", \"nameUzLatn\": \"Y\"}, \"procedures\": [{\"key\": \" \", \"title\": \"t\", \"lane\": {\"kind\": \"Agency\", \"name\": \"n\"}, \"kind\": \"Manual\"}]}")]
    public void Parse_NotASample_RefusedWithCode(string json)
    {
        var outcome = ModelSampleFile.Parse(json, "x.json");

        Assert.False(outcome.IsSuccess);
        Assert.Equal(ModelSampleFile.InvalidCode, outcome.Refusal!.Code);
        Assert.Equal("x.json", outcome.Refusal.Args["file"]);
    }

    [Fact]
    public void Materialize_SampleWithCycle_RefusedNamingTheSteps()
    {
        const string json = """
            {"service": {"code": "X", "nameUzLatn": "Y"}, "inspectionYear": 2026, "procedures": [
              {"key": "a", "title": "A", "lane": {"kind": "Agency", "name": "n"}, "kind": "Manual", "predecessors": ["b"]},
              {"key": "b", "title": "B", "lane": {"kind": "Agency", "name": "n"}, "kind": "Manual", "predecessors": ["a"]}]}
            """;
        var sample = ModelSampleFile.Parse(json, "x.json").GetValueOrThrow();

        var outcome = sample.Materialize(Lead, Guid.NewGuid(), At);

        Assert.Equal(ReasonCodes.ModelCycle, outcome.Refusal!.Code);
    }

    [Fact]
    public void Materialize_ActorWithoutEditRights_Refused()
    {
        var sample = GoldenSamples.Load(GoldenSamples.NonResidentialConversion).GetValueOrThrow();
        var interviewee = new Actor(Editor, Domain.Agencies.SystemRole.None, new HashSet<WorkingGroupRole> { WorkingGroupRole.Interviewee }, InspectionId, InspectionStage.Inspecting);

        Assert.Equal(ReasonCodes.AccessDenied, sample.Materialize(interviewee, Guid.NewGuid(), At).Refusal!.Code);
        Assert.False(GoldenSamples.Load("no-such-sample").IsSuccess);
    }

    [Fact]
    public void Materialize_Twice_SameFactIds()
    {
        var sample = GoldenSamples.Load(GoldenSamples.NonResidentialConversion).GetValueOrThrow();

        var first = sample.Materialize(Lead, Guid.NewGuid(), At).GetValueOrThrow();
        var second = sample.Materialize(Lead, Guid.NewGuid(), At.AddDays(3)).GetValueOrThrow();

        Assert.Equal(first.Facts.InputDocuments.Select(d => d.Id), second.Facts.InputDocuments.Select(d => d.Id));
    }

    [Fact]
    public void Sync_ExistingToBeModel_ReachesTargetThroughOrdinaryEditsAndStaysEditable()
    {
        var sample = GoldenSamples.Load(GoldenSamples.NonResidentialConversion).GetValueOrThrow().Materialize(Lead, Guid.NewGuid(), At).GetValueOrThrow();
        var report = new ServiceAnalyzer().Analyze(sample.ToInput());
        var toBe = ToBeModelWriter.Create(Guid.NewGuid(), Lead, sample.AsIs.Procedures).GetValueOrThrow();
        var revision = toBe.Revision;
        var target = ToBeBuilder.Apply(sample.AsIs.Procedures, report.Proposals.Where(p => p.Measure != Measure.ReassignAgencies), Accepted)
            .GetValueOrThrow().Procedures;

        Must(ToBeModelWriter.Sync(toBe, Lead, target, Accepted));

        Assert.Equal(target.Select(p => p.Key).Order(), toBe.Procedures.Select(p => p.Key).Order());
        Assert.All(target, p => Assert.True(ProcedureEquality.Same(p, toBe.Find(p.Key)!, withProvenance: true)));
        Assert.True(toBe.Revision > revision);
        var afterSync = toBe.Revision;
        Must(ToBeModelWriter.Sync(toBe, Lead, target, Accepted));
        Assert.Equal(afterSync, toBe.Revision);
        Must(toBe.Put(Lead, toBe.Procedures[0] with { Title = "Tahrirlangan" }));
    }

    [Fact]
    public void Create_ActorOutsideInspection_Refused() =>
        Assert.Equal(
            ReasonCodes.NotInWorkingGroup,
            ToBeModelWriter.Create(Guid.NewGuid(), Actor.Global(Editor, Domain.Agencies.SystemRole.Administrator), [Step("a")]).Refusal!.Code);
}

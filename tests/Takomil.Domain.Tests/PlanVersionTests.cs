using Takomil.Domain.Approvals;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;

namespace Takomil.Domain.Tests;

public class PlanVersionTests
{
    private static PlanItem Item(Scenario s, int order, string text, Guid? id = null) =>
        new(id ?? Guid.NewGuid(), order, Measure.SetOrCutTimeLimits, text, new DateOnly(2025, 12, 1), s.Executor, false,
            PlanItemStatus.Planned, null, Scenario.EditBy(s.Member));

    [Fact]
    public void PutPlanItem_EachChange_RaisesTheVersionAndChangesTheHash()
    {
        var s = new Scenario().At(InspectionStage.Inspecting);
        var empty = s.Inspection.CurrentPlan;
        var first = Item(s, 1, "Cut the term to 5 days");
        Scenario.Ok(s.Inspection.PutPlanItem(s.As(s.Member), first));
        var one = s.Inspection.CurrentPlan;
        Scenario.Ok(s.Inspection.PutPlanItem(s.As(s.Member), first with { Description = "Cut the term to 3 days" }));
        var two = s.Inspection.CurrentPlan;

        Assert.Equal((0, 1, 2), (empty.Number, one.Number, two.Number));
        Assert.Equal(3, new[] { empty.Hash, one.Hash, two.Hash }.Distinct().Count());
        Assert.Matches("^[0-9a-f]{64}$", two.Hash);
        Assert.Equal($"v2 · {two.Hash[..8]}", two.Label);
    }

    [Fact]
    public void PlanHash_IgnoresStatusProvenanceAndDependencyOrder_ButNotContent()
    {
        var s = new Scenario();
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var item = Item(s, 3, "x") with { DependsOn = [a, b] };
        var same = item with { Status = PlanItemStatus.Done, StatusNote = "n", Provenance = Scenario.EditBy(s.Lead), DependsOn = [b, a] };

        Assert.Equal(PlanHash.Of([item]), PlanHash.Of([same]));
        Assert.NotEqual(PlanHash.Of([item]), PlanHash.Of([item with { ExpectedEffect = "faster" }]));
        Assert.NotEqual(PlanHash.Of([item]), PlanHash.Of([item with { ResponsibleAgencyId = Guid.NewGuid() }]));
        Assert.NotEqual(PlanHash.Of([item]), PlanHash.Of([item with { Measure = Measure.SingleWindow }]));
    }

    [Fact]
    public void PlanHash_OfKnownContent_IsStable()
    {
        var item = new PlanItem(Guid.Parse("00000000-0000-0000-0000-000000000001"), 1, Measure.ChangeProcedures, "a", null, null, false,
            PlanItemStatus.Planned, null, Provenance.FromEdit(Guid.Empty, Scenario.Now));
        // SHA-256 of the canonical JSON below, computed independently (sha256sum).
        const string canonical = """[{"agencyId":null,"deadline":null,"dependsOn":[],"description":"a","executorId":null,"expectedEffect":null,"id":"00000000-0000-0000-0000-000000000001","measure":"a","order":1,"requiresInformationSystem":false}]""";
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(canonical)));
        Assert.Equal(expected, PlanHash.Of([item]));
    }

    [Fact]
    public void PutPlanItem_DependencyOnUnknownItem_IsRefused()
    {
        var s = new Scenario().At(InspectionStage.Inspecting);
        var outcome = s.Inspection.PutPlanItem(s.As(s.Member), Item(s, 1, "x") with { DependsOn = [Guid.NewGuid()] });
        Assert.Equal(ApprovalReasonCodes.PlanDependencyUnknown, outcome.Refusal?.Code);
        Assert.Equal(0, s.Inspection.PlanRevision);
    }

    [Fact]
    public void PutPlanItem_DependencyCycle_IsRefusedAndPlanUnchanged()
    {
        var s = new Scenario().At(InspectionStage.Inspecting);
        var a = Item(s, 1, "a");
        var b = Item(s, 2, "b") with { DependsOn = [a.Id] };
        Scenario.Ok(s.Inspection.PutPlanItem(s.As(s.Member), a));
        Scenario.Ok(s.Inspection.PutPlanItem(s.As(s.Member), b));
        var before = s.Inspection.CurrentPlan;

        var outcome = s.Inspection.PutPlanItem(s.As(s.Member), a with { DependsOn = [b.Id] });

        Assert.Equal(ApprovalReasonCodes.PlanDependencyCycle, outcome.Refusal?.Code);
        Assert.Equal(before, s.Inspection.CurrentPlan);
    }

    [Fact]
    public void RemovePlanItem_DropsItFromDependentsAndRaisesTheVersion()
    {
        var s = new Scenario().At(InspectionStage.Inspecting);
        var a = Item(s, 1, "a");
        var b = Item(s, 2, "b") with { DependsOn = [a.Id] };
        Scenario.Ok(s.Inspection.PutPlanItem(s.As(s.Member), a));
        Scenario.Ok(s.Inspection.PutPlanItem(s.As(s.Member), b));

        Scenario.Ok(s.Inspection.RemovePlanItem(s.As(s.Lead), a.Id));

        Assert.Empty(Assert.Single(s.Inspection.PlanItems).Dependencies);
        Assert.Equal(3, s.Inspection.PlanRevision);
    }

    [Fact]
    public void AddPlanItemsFromMeasures_AppendsInOrderOnceAndSkipsKnownSources()
    {
        var s = new Scenario().At(InspectionStage.ModelsDrafted);
        Scenario.Ok(s.Inspection.PutPlanItem(s.As(s.Member), Item(s, 4, "existing")));
        AcceptedMeasure[] measures =
        [
            new("analysis:1", Measure.CutApplicantDocuments, "Drop the cadastre extract", "one visit less"),
            new("analysis:2", Measure.SingleWindow, "Serve through the one-stop shop", RequiresInformationSystem: true),
        ];

        var added = s.Inspection.AddPlanItemsFromMeasures(s.As(s.Member), measures, Scenario.EditBy(s.Member)).GetValueOrThrow();
        var again = s.Inspection.AddPlanItemsFromMeasures(s.As(s.Member), measures, Scenario.EditBy(s.Member)).GetValueOrThrow();

        Assert.Equal([5, 6], added.Select(i => i.Order));
        Assert.Equal("one visit less", added[0].ExpectedEffect);
        Assert.Empty(again);
        Assert.Equal(2, s.Inspection.PlanRevision);
        Assert.Equal(3, s.Inspection.PlanItems.Count);
    }

    [Fact]
    public void AddPlanItemsFromMeasures_ByInterviewee_IsRefused()
    {
        var s = new Scenario().At(InspectionStage.ModelsDrafted);
        var outcome = s.Inspection.AddPlanItemsFromMeasures(s.As(s.Interviewee), [new("k", Measure.ChangeProcedures, "x")], Scenario.EditBy(s.Interviewee));
        Assert.Equal(ReasonCodes.AccessDenied, outcome.Refusal?.Code);
    }

    [Fact]
    public void MeasureLetters_RoundTripAToI()
    {
        foreach (var measure in Enum.GetValues<Measure>())
        {
            Assert.True(MeasureLetters.TryParse(measure.Letter(), out var parsed));
            Assert.Equal(measure, parsed);
        }
        Assert.Equal("i", Measure.SingleWindow.Letter());
        Assert.False(MeasureLetters.TryParse("j", out _));
    }
}

using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Bot.Tests.Models.Support;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Protocol.Activities;

namespace Takomil.Bot.Tests.Models;

/// <summary>Accepting and rejecting measures on the seeded golden inspection, through Action.Execute invokes.</summary>
public sealed class MeasureDecisionTests(ModelsHost host) : ModelsTestBase(host)
{
    private const string Accept = "measure.accept";
    private const string Reject = "measure.reject";

    [Fact]
    public async Task Accept_TwoMeasures_StoresDecisionsAuditsAndBuildsToBeModel()
    {
        var report = await StoredAnalysisAsync();
        var inspection = (await InspectionOfAsync(Code))!.Id.ToString();
        var journal = ProposalOf(report, "R04-unused-output");                               // remove p03
        var second = ProposalOf(report, "R05-duplicate-function", Measure.RemoveRedundantProcedures); // remove p08, p05 inherits
        var audits = await AuditCountAsync("measure.accept");

        var first = await DecideAsync(Person.Dilnoza, Accept, inspection, journal.Id);
        var body = await DecideAsync(Person.Dilnoza, Accept, inspection, second.Id);

        Assert.Equal(ContentTypes.AdaptiveCard, first.GetProperty("type").GetString());
        Assert.Equal(ContentTypes.AdaptiveCard, body.GetProperty("type").GetString());
        var shown = Visible(body.GetProperty("value"));
        Assert.Contains("Measure b) accepted. The optimised model now has 14 procedures.", shown, StringComparison.Ordinal);
        Assert.Contains("Accepted by Dilnoza Karimova", shown, StringComparison.Ordinal);
        var decisions = await DecisionsAsync();
        Assert.Equal(2, decisions.Count(d => d.Accepted && (d.ProposalId == journal.Id || d.ProposalId == second.Id)));
        Assert.All(decisions.Where(d => d.ProposalId == journal.Id || d.ProposalId == second.Id), d => Assert.Equal("RemoveRedundantProcedures", d.Measure));
        Assert.Equal(audits + 2, await AuditCountAsync("measure.accept"));
        var (toBe, _) = await ModelAndFactsAsync(ProcessModelKind.ToBe);
        Assert.NotNull(toBe);
        var keys = toBe!.Procedures.Select(p => p.Key).ToList();
        Assert.Equal(14, keys.Count);
        Assert.DoesNotContain("p03", keys);
        Assert.DoesNotContain("p08", keys);
        Assert.Empty(Domain.Models.ProcessGraph.StructuralIssues(toBe.Procedures));
        // Whatever waited for the removed steps now waits for what came before them: nothing dangles.
        Assert.DoesNotContain(toBe.Procedures, p => p.Predecessors.Contains("p08") || p.Predecessors.Contains("p03"));
    }

    [Fact]
    public async Task Reject_AfterAccept_RestoresStepAndRecordsRejection()
    {
        var report = await StoredAnalysisAsync();
        var inspection = (await InspectionOfAsync(Code))!.Id.ToString();
        var parallel = ProposalOf(report, "R06-parallel-steps");
        var electronic = ProposalOf(report, "R02-electronic-interaction");

        await DecideAsync(Person.Bobur, Accept, inspection, electronic.Id);
        var step = ((Analysis.Measures.MakeElectronic)electronic.Transformations[0]).StepKey;
        Assert.Equal(ProcedureKind.Electronic, (await ModelAndFactsAsync(ProcessModelKind.ToBe)).Model!.Find(step)!.Kind);
        var body = await DecideAsync(Person.Bobur, Reject, inspection, electronic.Id);
        await DecideAsync(Person.Bobur, Reject, inspection, parallel.Id);

        Assert.Contains("Measure a) rejected.", Visible(body.GetProperty("value")), StringComparison.Ordinal);
        var (asIs, _) = await ModelAndFactsAsync(ProcessModelKind.AsIs);
        Assert.Equal(asIs!.Find(step)!.Kind, (await ModelAndFactsAsync(ProcessModelKind.ToBe)).Model!.Find(step)!.Kind);
        var decisions = await DecisionsAsync();
        Assert.False(decisions.Single(d => d.ProposalId == electronic.Id).Accepted);
        Assert.False(decisions.Single(d => d.ProposalId == parallel.Id).Accepted);
    }

    [Theory]
    [InlineData("interviewee")]
    [InlineData("outsider")]
    public async Task Decide_ByPersonWithoutEditModel_IsRefusedAndStoresNothing(string who)
    {
        var person = who == "interviewee" ? Person.Nigora : Person.Olim;
        var report = await StoredAnalysisAsync();
        var inspection = (await InspectionOfAsync(Code))!.Id.ToString();
        var proposal = ProposalOf(report, "R08-sign-off-levels");

        var body = await DecideAsync(person, Accept, inspection, proposal.Id);

        Assert.Equal(ContentTypes.ActivityMessage, body.GetProperty("type").GetString());
        var text = body.GetProperty("value").GetString()!;
        Assert.Contains(who == "interviewee" ? "does not allow" : "not in the working group", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(await DecisionsAsync(), d => d.ProposalId == proposal.Id);
    }

    [Theory]
    [InlineData("P-R99-made-up/0000000000", true)]
    [InlineData("", true)]
    [InlineData("P-R08-sign-off-levels/real", false)]
    public async Task Decide_WithTamperedIds_IsRefusedAndStoresNothing(string proposalId, bool realInspection)
    {
        var before = await DecisionsAsync();
        var inspection = realInspection ? (await InspectionOfAsync(Code))!.Id.ToString() : "not-a-guid";
        if (!realInspection) proposalId = ProposalOf(await StoredAnalysisAsync(), "R08-sign-off-levels").Id;

        var body = await DecideAsync(Person.Dilnoza, Accept, inspection, proposalId);

        Assert.Equal(ContentTypes.ActivityMessage, body.GetProperty("type").GetString());
        Assert.Equal(before.Count, (await DecisionsAsync()).Count);
    }

    [Fact]
    public async Task Accept_DoubleClick_IsIdempotent()
    {
        var report = await StoredAnalysisAsync();
        var inspection = (await InspectionOfAsync(Code))!.Id.ToString();
        var proposal = ProposalOf(report, "R07-critical-path");

        await DecideAsync(Person.Dilnoza, Accept, inspection, proposal.Id);
        var decisions = await DecisionsAsync();
        var audits = await AuditCountAsync("measure.accept");
        var (toBe, _) = await ModelAndFactsAsync(ProcessModelKind.ToBe);
        var second = await DecideAsync(Person.Dilnoza, Accept, inspection, proposal.Id);

        Assert.Equal(ContentTypes.AdaptiveCard, second.GetProperty("type").GetString());
        Assert.Contains("was already decided so", Visible(second.GetProperty("value")), StringComparison.Ordinal);
        Assert.Equal(decisions.Count, (await DecisionsAsync()).Count);
        Assert.Equal(audits, await AuditCountAsync("measure.accept"));
        Assert.Equal(toBe!.Revision, (await ModelAndFactsAsync(ProcessModelKind.ToBe)).Model!.Revision);
    }

    [Fact]
    public async Task AcceptThenReject_ByLead_AddsThenRemovesTheDraftPlanItem()
    {
        var report = await StoredAnalysisAsync();
        var inspection = (await InspectionOfAsync(Code))!.Id.ToString();
        var proposal = ProposalOf(report, "R03-applicant-visits");

        await DecideAsync(Person.Dilnoza, Accept, inspection, proposal.Id);
        await DecideAsync(Person.Dilnoza, Accept, inspection, proposal.Id);

        var item = Assert.Single((await InspectionOfAsync(Code))!.PlanItems, i => i.SourceKey == proposal.Id);
        Assert.Equal(Measure.SingleWindow, item.Measure);
        Assert.False(string.IsNullOrWhiteSpace(item.Description));
        Assert.DoesNotContain("\\", item.Description, StringComparison.Ordinal); // plain words, not card markdown
        Assert.Matches(@"\d+\. ", item.Description);
        Assert.Null(item.Deadline);

        await DecideAsync(Person.Dilnoza, Reject, inspection, proposal.Id);

        Assert.DoesNotContain((await InspectionOfAsync(Code))!.PlanItems, i => i.SourceKey == proposal.Id);
    }
}

using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Takomil.Analysis;
using Takomil.Analysis.Burden;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Bot.Tests.Models.Support;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Tests.Models;

/// <summary><c>analysis</c>, <c>model</c> and <c>compare</c> on the seeded golden inspection, as Dilnoza types them.</summary>
public sealed class ModelCommandsTests(ModelsHost host) : ModelsTestBase(host)
{
    [Fact]
    public async Task Seed_GoldenInspection_IsInspectingWithFactsAndAsIsModel_LedByDilnoza()
    {
        var inspection = (await InspectionOfAsync(Code))!;
        var (asIs, facts) = await ModelAndFactsAsync(ProcessModelKind.AsIs);

        Assert.Equal(InspectionStage.Inspecting, inspection.Stage);
        Assert.Equal(16, asIs!.Procedures.Count);
        Assert.True(facts!.Completeness().IsComplete);
        await using var scope = Host.App.Services.CreateAsyncScope();
        var lead = inspection.Members.Single(m => m.Roles.Contains(Domain.Access.WorkingGroupRole.Lead));
        var official = await scope.ServiceProvider.GetRequiredService<CatalogRepository>().FindOfficialAsync(lead.OfficialId, CancellationToken.None);
        Assert.Equal(Person.Dilnoza.Id, official!.TeamsUserId);
    }

    [Fact]
    public async Task Seed_RunAgain_ChangesNothing()
    {
        var audits = await AuditCountAsync("inspection.create") + await AuditCountAsync("model.import");
        await using (var scope = Host.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Bot.Models.Seeding.GoldenSampleSeed>().SeedAsync(CancellationToken.None);
        }

        Assert.Equal(audits, await AuditCountAsync("inspection.create") + await AuditCountAsync("model.import"));
    }

    [Fact]
    public async Task Analysis_GoldenInspection_ListsEveryFindingAndMeasure()
    {
        var expected = await StoredAnalysisAsync();

        var reply = await AskAsync(Personal(Person.Dilnoza).Say(Person.Dilnoza, "analysis " + Code));

        var shown = Visible(reply);
        Assert.Equal(AnalysisStatus.Analysed, expected.Status);
        Assert.Contains($"{expected.Findings.Count} findings · {expected.Proposals.Count} measures proposed", shown, StringComparison.Ordinal);
        // Pinned by hand (docs/analysis.md): three visits, the double on-site inspection, three sign-off levels.
        Assert.Contains("The applicant visits offices 3 times (2 different offices); at most 1 is the aim.", shown, StringComparison.Ordinal);
        Assert.Contains("is done by 2 agencies", shown, StringComparison.Ordinal);
        Assert.Contains("The decision is agreed at 3 levels", shown, StringComparison.Ordinal);
        Assert.Contains("The longest chain of steps takes 34.25 working days against the legal 20", shown, StringComparison.Ordinal);
        foreach (var finding in expected.Findings) Assert.Contains(finding.RuleId, shown, StringComparison.Ordinal);
        var accept = ButtonData(reply, "measure.accept").Concat(ButtonData(reply, "measure.reject")).ToList();
        Assert.Equal(expected.Proposals.Select(p => p.Id).Order(), accept.Select(d => d.GetProperty("proposalId").GetString()!).Distinct().Order());
        // Card data carries the two ids and nothing else.
        Assert.All(accept, d => Assert.Equal(["inspectionId", "proposalId"], d.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task Analysis_InUzbek_RendersTextsOfTheModelsFamily()
    {
        var reply = await AskAsync(Personal(Person.Dilnoza).Say(Person.Dilnoza, "tahlil " + Code, "uz-Latn-UZ"));

        Assert.Contains("Joriy model tahlili (14-band)", Visible(reply), StringComparison.Ordinal);
        Assert.Contains("Qabul qilish", Visible(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Model_AsIs_CardImageLinkServesPng_AndFilesOpen()
    {
        var reply = await AskAsync(Personal(Person.Dilnoza).Say(Person.Dilnoza, "model " + Code));

        var card = CardJson(reply);
        var image = card.GetProperty("body").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "Image");
        Assert.Equal(image.GetProperty("url").GetString(), image.GetProperty("selectAction").GetProperty("url").GetString());
        using var png = await GetFileAsync(image.GetProperty("url").GetString()!);
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
        var bytes = await png.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
        var bpmnUrl = Urls(card).Single(u => u.EndsWith(".bpmn", StringComparison.Ordinal));
        using var bpmn = await GetFileAsync(bpmnUrl);
        Assert.Contains("definitions", await bpmn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(Urls(card), u => u.EndsWith(".svg", StringComparison.Ordinal));
        // 16 procedures: the first 8 in the card, all of them by link.
        Assert.Contains("… and 8 more: open the full description.", Visible(reply), StringComparison.Ordinal);
        using var full = await GetFileAsync(Urls(card).Single(u => u.EndsWith(".txt", StringComparison.Ordinal)));
        Assert.Contains("16.", await full.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_AfterAcceptingAMeasure_ShowsFiguresOfComparisonOf()
    {
        var report = await StoredAnalysisAsync();
        var inspection = (await InspectionOfAsync(Code))!.Id.ToString();
        await DecideAsync(Person.Dilnoza, "measure.accept", inspection, ProposalOf(report, "R04-unused-output").Id);
        var (asIs, facts) = await ModelAndFactsAsync(ProcessModelKind.AsIs);
        var (toBe, _) = await ModelAndFactsAsync(ProcessModelKind.ToBe);
        var expected = Comparison.Of(BurdenCalculator.Compute(new AnalysisInput(asIs!.Procedures, facts)), BurdenCalculator.Compute(new AnalysisInput(toBe!.Procedures, facts)));

        var reply = await AskAsync(Personal(Person.Dilnoza).Say(Person.Dilnoza, "compare " + Code));

        var rows = Rows(CardJson(reply));
        foreach (var row in expected.Rows)
        {
            var shown = rows.Single(r => r[0] == Label(row.MetricKey));
            Assert.Equal(Number(row.AsIs), shown[1]);
            Assert.Equal(Number(row.ToBe), shown[2]);
        }
        Assert.Equal("-1 (-6.25 %)", rows.Single(r => r[0] == "Procedures")[3]);
        var chart = Urls(CardJson(reply)).First(u => u.EndsWith(".png", StringComparison.Ordinal));
        using var png = await GetFileAsync(chart);
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Model_ToBe_BeforeAnyDecision_SaysHowToGetOne_OrShowsIt()
    {
        var reply = await AskAsync(Personal(Person.Dilnoza).Say(Person.Dilnoza, "model tobe " + Code));

        var hasToBe = (await ModelAndFactsAsync(ProcessModelKind.ToBe)).Model is not null;
        Assert.Contains(hasToBe ? "Optimised model" : "There is no optimised model yet", Visible(reply), StringComparison.Ordinal);
    }

    private static string Label(string metric) => metric switch
    {
        Metrics.Steps => "Procedures",
        Metrics.ApplicantVisits => "Visits by the applicant",
        Metrics.DocumentsAsked => "Documents asked of the applicant",
        Metrics.Agencies => "Agencies involved",
        Metrics.ApplicantContactPoints => "Offices the applicant visits",
        Metrics.CriticalPathDays => "Longest chain, working days",
        Metrics.FeesUzs => "Fees per application, UZS",
        Metrics.ScmHoursPerApplication => "Applicant's hours per application",
        Metrics.ScmHoursPerYear => "Applicants' hours per year",
        _ => "Applicants' time per year, UZS",
    };

    private static string Number(decimal? value) => value is { } v ? v.ToString("#,0.##", System.Globalization.CultureInfo.GetCultureInfo("en")) : "—";

    /// <summary>The comparison rows as the reader sees them: each column set's four cells, markdown escapes undone.</summary>
    private static List<string[]> Rows(JsonElement card) =>
    [
        .. card.GetProperty("body").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "ColumnSet")
            .Select(e => e.GetProperty("columns").EnumerateArray()
                .Select(c => c.GetProperty("items")[0].GetProperty("text").GetString()!.Replace("\\", string.Empty, StringComparison.Ordinal))
                .ToArray()),
    ];
}

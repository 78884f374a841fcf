using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Takomil.Analysis;
using Takomil.Analysis.Measures;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Domain.Models;
using Takomil.Protocol.Activities;
using Takomil.Storage;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Tests.Models.Support;

/// <summary>Talks to the seeded golden inspection through <c>/api/messages</c>, and reads the database behind it.</summary>
public abstract class ModelsTestBase(ModelsHost host) : InspectionTestBase(host), IClassFixture<ModelsHost>
{
    protected const string Code = "HOK-014";

    protected static Chat Personal(Person person) => Chat.PersonalOf(person);

    /// <summary>The analysis a fresh analyser gives for what is stored now (the truth the bot must show).</summary>
    protected async Task<AnalysisReport> StoredAnalysisAsync()
    {
        var (asIs, facts) = await ModelAndFactsAsync(ProcessModelKind.AsIs);
        return new ServiceAnalyzer().Analyze(new AnalysisInput(asIs!.Procedures, facts));
    }

    protected async Task<(ProcessModel? Model, Domain.Facts.FactSheet? Facts)> ModelAndFactsAsync(ProcessModelKind kind)
    {
        var inspection = (await InspectionOfAsync(Code))!;
        await using var scope = Host.App.Services.CreateAsyncScope();
        var models = scope.ServiceProvider.GetRequiredService<ProcessModelRepository>();
        var facts = scope.ServiceProvider.GetRequiredService<FactSheetRepository>();
        return (await models.FindAsync(inspection.Id, kind, CancellationToken.None), await facts.FindAsync(inspection.Id, CancellationToken.None));
    }

    protected async Task<List<MeasureDecisionRow>> DecisionsAsync()
    {
        var inspection = (await InspectionOfAsync(Code))!;
        await using var scope = Host.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TakomilDbContext>();
        return await db.MeasureDecisions.AsNoTracking().Where(d => d.InspectionId == inspection.Id).ToListAsync();
    }

    protected async Task<int> AuditCountAsync(string action)
    {
        await using var scope = Host.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TakomilDbContext>();
        return await db.AuditEntries.CountAsync(e => e.Action == action);
    }

    /// <summary>The proposal of <paramref name="ruleId"/> (and measure, when the rule proposes several).</summary>
    protected static MeasureProposal ProposalOf(AnalysisReport report, string ruleId, Domain.Inspections.Measure? measure = null) =>
        report.Proposals.First(p => p.RuleId == ruleId && (measure is null || p.Measure == measure));

    protected async Task<JsonElement> DecideAsync(Person person, string verb, string inspectionId, string proposalId, string locale = "en-US") =>
        await ClickAsync(Personal(person).Click(person, verb, new { inspectionId, proposalId }, locale));

    /// <summary>Every URL in a card (images and Action.OpenUrl buttons).</summary>
    protected static List<string> Urls(JsonElement card)
    {
        var found = new List<string>();
        Walk(card);
        return found;

        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Array: foreach (var i in e.EnumerateArray()) Walk(i); break;
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        if (p.Name == "url" && p.Value.ValueKind == JsonValueKind.String) found.Add(p.Value.GetString()!);
                        else Walk(p.Value);
                    }
                    break;
            }
        }
    }

    protected static JsonElement CardJson(Activity reply) => JsonSerializer.Deserialize<JsonElement>(CardOf(reply).ToJsonString());

    /// <summary>GETs a published file through the test client (the path of the absolute link).</summary>
    protected async Task<HttpResponseMessage> GetFileAsync(string url) =>
        await Client.GetAsync(new Uri(new Uri(url).PathAndQuery, UriKind.Relative));
}

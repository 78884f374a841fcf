using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Bot.Tests.Models.Support;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Models;
using Takomil.Storage.Inspections;
using Takomil.Testing.Rendering;
using Takomil.Testing.Schemas;

namespace Takomil.Bot.Tests.Models;

/// <summary>
/// Every card of the models commands, as the bot sent it, in each of the four languages: valid against the official
/// Adaptive Card 1.5 schema and rendered by the official renderer without a warning. A procedure with hostile text is
/// added to the as-is model first, so each card shows it — literally.
/// </summary>
public sealed class ModelCardsTests(ModelsHost host, CardRenderer renderer) : ModelsTestBase(host), IClassFixture<CardRenderer>
{
    private const string Hostile = "**bold** ${x} <at>Dilnoza</at> [link](https://evil.example) {{DATE(2026-01-01T00:00:00Z)}}";

    private static readonly (string Locale, string Model, string ToBe, string Analysis, string Compare, string Report)[] Languages =
    [
        ("en-US", "model", "tobe", "analysis", "compare", "report"),
        ("uz-Latn-UZ", "model", "maqbul", "tahlil", "taqqosla", "hisobot"),
        ("uz-Cyrl-UZ", "модел", "мақбул", "таҳлил", "таққосла", "ҳисобот"),
        ("ru-RU", "модель", "целевая", "анализ", "сравнить", "отчёт"),
    ];

    [SchemaFact]
    public async Task EveryCard_AllLanguages_IsValidAdaptiveCard15()
    {
        var cards = await CollectCardsAsync();

        Assert.Equal(Languages.Length * 7, cards.Count);
        foreach (var (name, card) in cards)
        {
            SchemaValidator.AdaptiveCard15.AssertValid(card.ToJsonString(), name);
            Assert.True(card.ToJsonString().Length < 80_000, $"{name} is {card.ToJsonString().Length} characters");
        }
    }

    [RendererFact]
    public async Task EveryCard_AllLanguages_RendersWithoutWarnings_HostileTextLiteral()
    {
        var cards = await CollectCardsAsync();

        var results = await renderer.RenderAllAsync(cards.Select(c => KeyValuePair.Create("models-" + c.Name, c.Card)));

        Assert.All(results, r => Assert.True(r.IsClean, r.Describe()));
        Assert.All(results, r => Assert.True(r.RenderedHeight > 40, $"{r.Name} rendered {r.RenderedHeight}px high"));
        // The hostile step is the second procedure, so every current-model card shows it: literally.
        var withHostile = results.Where(r => r.Name.EndsWith("-model-asis", StringComparison.Ordinal)).ToList();
        Assert.Equal(Languages.Length, withHostile.Count);
        Assert.All(withHostile, r => Assert.Contains("**bold**", r.RenderedHtml, StringComparison.Ordinal));
        Assert.All(results, r => Assert.DoesNotContain("<strong>bold</strong>", r.RenderedHtml, StringComparison.Ordinal));
        Assert.All(results, r => Assert.DoesNotContain("href=\"https://evil.example", r.RenderedHtml, StringComparison.Ordinal));
    }

    [Fact]
    public async Task HostileProcedure_InModelCard_StaysPlainText()
    {
        await AddHostileStepAsync();

        var reply = await AskAsync(Personal(Person.Dilnoza).Say(Person.Dilnoza, "model " + Code));

        var json = CardOf(reply).ToJsonString();
        Assert.DoesNotContain("${x}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>Dilnoza</at>", json, StringComparison.Ordinal);
        Assert.Contains("\\\\*\\\\*bold\\\\*\\\\*", json, StringComparison.Ordinal);
    }

    private async Task<List<(string Name, JsonNode Card)>> CollectCardsAsync()
    {
        await AddHostileStepAsync();
        var cards = new List<(string, JsonNode)>();
        var inspection = (await InspectionOfAsync(Code))!.Id.ToString();
        foreach (var (locale, model, toBe, analysis, compare, report) in Languages)
        {
            var lang = locale[..^3].ToLowerInvariant();
            var chat = Personal(Person.Dilnoza);
            cards.Add(($"{lang}-model-asis", CardOf(await AskAsync(chat.Say(Person.Dilnoza, $"{model} {Code}", locale)))));
            var analysed = await AskAsync(chat.Say(Person.Dilnoza, $"{analysis} {Code}", locale));
            cards.Add(($"{lang}-analysis", CardOf(analysed)));
            var proposal = ButtonData(analysed, "measure.accept").Concat(ButtonData(analysed, "measure.reject")).First();
            var verb = ButtonData(analysed, "measure.accept").Any(d => d.GetProperty("proposalId").GetString() == proposal.GetProperty("proposalId").GetString()) ? "measure.accept" : "measure.reject";
            var decided = await ClickAsync(chat.Click(Person.Dilnoza, verb, proposal, locale));
            cards.Add(($"{lang}-analysis-decided", JsonNode.Parse(decided.GetProperty("value").GetRawText())!));
            var again = await ClickAsync(chat.Click(Person.Dilnoza, verb, proposal, locale));
            cards.Add(($"{lang}-analysis-same", JsonNode.Parse(again.GetProperty("value").GetRawText())!));
            cards.Add(($"{lang}-model-tobe", CardOf(await AskAsync(chat.Say(Person.Dilnoza, $"{model} {toBe} {Code}", locale)))));
            cards.Add(($"{lang}-compare", CardOf(await AskAsync(chat.Say(Person.Dilnoza, $"{compare} {Code}", locale)))));
            cards.Add(($"{lang}-report", CardOf(await AskAsync(chat.Say(Person.Dilnoza, $"{report} {Code}", locale)))));
        }
        Assert.NotEmpty(inspection);
        return cards;
    }

    /// <summary>A step whose title, performer and documents carry markup, placeholders and a mention, added through the domain.</summary>
    private async Task AddHostileStepAsync()
    {
        var stored = (await InspectionOfAsync(Code))!;
        await using var scope = Host.App.Services.CreateAsyncScope();
        var models = scope.ServiceProvider.GetRequiredService<ProcessModelRepository>();
        var inspections = scope.ServiceProvider.GetRequiredService<InspectionRepository>();
        var inspection = (await inspections.FindAsync(stored.Id, CancellationToken.None))!;
        var model = (await models.FindAsync(stored.Id, ProcessModelKind.AsIs, CancellationToken.None))!;
        if (model.Find("hostile") is not null) return;
        var lead = inspection.Members.Single(m => m.Roles.Contains(Domain.Access.WorkingGroupRole.Lead)).OfficialId;
        var last = model.Procedures[^1];
        var step = last with
        {
            Key = "hostile",
            Title = Hostile,
            PerformerRole = Hostile,
            InputDocuments = [Hostile],
            OutputDocuments = [],
            Predecessors = [],
            Decision = null,
            Description = Hostile,
            Provenance = Provenance.FromEdit(lead, DateTimeOffset.UtcNow),
        };
        Assert.True(model.Put(inspection.ActorFor(lead, SystemRole.None), step).IsSuccess);
        await scope.ServiceProvider.GetRequiredService<InspectionsUnitOfWork>().CommitAsync(
            AuditEvent.By(lead, "model.edit", $"inspection:{stored.Id}", new { step = "hostile" }, DateTimeOffset.UtcNow), CancellationToken.None);
    }
}

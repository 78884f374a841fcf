using System.Text.Json;
using System.Text.Json.Nodes;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Domain.Inspections;
using Takomil.Testing.Rendering;
using Takomil.Testing.Schemas;

namespace Takomil.Bot.Tests.Inspections;

/// <summary>
/// Every inspection card the bot sends, in each of the four languages, as the bot really sent it: valid against the
/// official Adaptive Card 1.5 schema, unchanged, and rendered by the official renderer
/// without a single warning. Screenshots land in card-screenshots/.
/// </summary>
public sealed class InspectionCardsTests(InspectionsHost host, CardRenderer renderer) : Scenario(host), IClassFixture<CardRenderer>
{
    // One service per language, so each language's cards show an inspection of its own.
    private static readonly (string Locale, string Service, string New, string Add, string Status, string Tasks)[] Languages =
    [
        ("en-US", "DXA-001", "new", "add", "status", "tasks"),
        ("uz-Latn-UZ", "ADL-001", "yangi", "qoʻsh", "holat", "vazifalar"),
        ("uz-Cyrl-UZ", "IIV-001", "янги", "қўш", "ҳолат", "вазифалар"),
        ("ru-RU", "SOL-001", "новая", "добавить", "статус", "задачи"),
    ];

    [SchemaFact]
    public async Task EveryCard_AllLanguages_IsValidAdaptiveCard15()
    {
        var cards = await CollectCardsAsync();

        Assert.True(cards.Count >= 28, $"collected {cards.Count} cards");
        foreach (var (name, card) in cards)
        {
            SchemaValidator.AdaptiveCard15.AssertValid(card.ToJsonString(), name);
            Assert.Equal("1.5", card["version"]!.GetValue<string>());
        }
    }

    [RendererFact]
    public async Task EveryCard_AllLanguages_RendersWithoutWarnings()
    {
        var cards = await CollectCardsAsync();

        var results = await renderer.RenderAllAsync(cards.Select(c => KeyValuePair.Create("inspection-" + c.Name, c.Card)));

        Assert.All(results, r => Assert.True(r.IsClean, r.Describe()));
        Assert.All(results, r => Assert.True(r.RenderedHeight > 40, $"{r.Name} rendered {r.RenderedHeight}px high"));
        // What a user typed reaches the card as text, never as markup.
        var hostile = results.Where(r => r.Name.EndsWith("-picker-unknown", StringComparison.Ordinal)).ToList();
        Assert.Equal(Languages.Length, hostile.Count);
        Assert.All(hostile, r => Assert.DoesNotContain("<strong>", r.RenderedHtml, StringComparison.Ordinal));
        Assert.All(hostile, r => Assert.Contains("**x**", r.RenderedHtml, StringComparison.Ordinal));
    }

    private async Task<List<(string Name, JsonNode Card)>> CollectCardsAsync()
    {
        var cards = new List<(string, JsonNode)>();
        foreach (var (locale, service, @new, add, status, tasks) in Languages)
        {
            var chat = Chat.Group("cards-" + service.ToLowerInvariant());
            var lang = locale[..^3].ToLowerInvariant();
            cards.Add(($"{lang}-picker", CardOf(await AskAsync(chat.Say(Person.Dilnoza, @new, locale)))));
            cards.Add(($"{lang}-picker-unknown", CardOf(await AskAsync(chat.Say(Person.Dilnoza, $"{@new} **x** <b>y</b> [z](https://evil.example) {{{{DATE(2025-01-01T00:00:00Z, SHORT)}}}}", locale)))));
            var opened = await AskAsync(chat.Say(Person.Dilnoza, $"{@new} {service}", locale));
            cards.Add(($"{lang}-status-opened", CardOf(opened)));
            await AskAsync(chat.Say(Person.Dilnoza, $"{add} {Person.Bobur.At} member", locale, Person.Bobur));
            await AskAsync(chat.Say(Person.Dilnoza, $"{add} {Person.Nigora.At} interviewee", locale, Person.Nigora));
            cards.Add(($"{lang}-status-listed", CardOf(await AskAsync(chat.Say(Person.Nigora, status, locale)))));
            if ((await InspectionOfAsync(service))!.Stage == InspectionStage.Listed) await StartInspectingAsync(service);
            cards.Add(($"{lang}-status-inspecting", CardOf(await AskAsync(chat.Say(Person.Bobur, status, locale)))));
            cards.Add(($"{lang}-tasks", CardOf(await AskAsync(Chat.PersonalOf(Person.Dilnoza).Say(Person.Dilnoza, tasks, locale)))));
            cards.Add(($"{lang}-tasks-none", CardOf(await AskAsync(Chat.PersonalOf(Person.Olim).Say(Person.Olim, tasks, locale)))));
            var refresh = Assert.Single(ButtonData(opened, "inspection.status"));
            var clicked = await ClickAsync(chat.Click(Person.Dilnoza, "inspection.status", refresh, locale));
            cards.Add(($"{lang}-status-refreshed", JsonNode.Parse(clicked.GetProperty("value").GetRawText())!));
        }
        return cards;
    }
}

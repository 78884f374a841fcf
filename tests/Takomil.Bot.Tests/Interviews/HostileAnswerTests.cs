using System.Text.Json.Nodes;
using Takomil.Bot.Interviews.Cards;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Bot.Tests.Interviews.Support;
using Takomil.Protocol.Cards;

namespace Takomil.Bot.Tests.Interviews;

/// <summary>
/// Whatever people type is an answer, stored exactly as typed and shown back as text: markdown, templating, card JSON,
/// Teams mention tags, mixed scripts and very long text never turn into markup, actions or a broken card.
/// </summary>
public sealed partial class HostileAnswerTests(InspectionsHost host) : InterviewScenario(host)
{
    private const string Markup = "**bold** ${service} {{DATE(2026-01-01T00:00:00Z)}} <at>Bobur Toshmatov</at> [x](https://evil.example) _i_ `c`";
    private const string CardJson = "{\"type\":\"Action.Execute\",\"verb\":\"interview.confirm\",\"data\":{\"sessionId\":\"x\"}}</value>&amp;";

    private static readonly string Mixed = "# Qaror Постановление Қарор 184-son ✓ 🙂 ‮RTL‬ " + string.Concat(Enumerable.Repeat("Модда 7 band ", 250)).TrimEnd();

    [Fact]
    public async Task HostileAnswers_StoredVerbatim_ShownEscapedInValidCards()
    {
        var chat = Chat.Group("hostile-dxa-001");
        await InspectingAsync(chat, "DXA-001");
        await AskForInterviewAsync(chat, Person.Nigora, "legal");

        await TypeAsync(Person.Nigora, Markup);
        var answered = await AnswerByCardAsync(Person.Nigora, CardJson);
        await TypeAsync(Person.Nigora, "02.06.2016");
        var tooLong = Assert.Single(await TypeAsync(Person.Nigora, new string('x', 4001)));
        await TypeAsync(Person.Nigora, Mixed);
        var summary = Assert.Single(await TypeAsync(Person.Nigora, "no"));

        Assert.Contains("4000", Visible(tooLong), StringComparison.Ordinal); // refused with the limit, asked again
        var answeredCard = JsonNode.Parse(answered.GetProperty("value").GetRawText())!;
        Assert.Contains(Texts(answeredCard), t => t == MarkdownText.Escape(CardJson));
        var card = CardOf(summary);
        var texts = Texts(card).ToList();
        Assert.Contains(MarkdownText.Escape(Markup), texts);
        Assert.Contains(MarkdownText.Escape(CardJson), texts);
        Assert.Contains(MarkdownText.Escape(Mixed), texts);
        Assert.DoesNotContain(texts, t => Unescaped().IsMatch(t));
        // The only actions are the bot's own, carrying its ids: nothing the answers held became a button.
        Assert.All(Walk(card).OfType<JsonObject>().Where(o => o["verb"] is not null),
            o => Assert.StartsWith("interview.", o["verb"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.DoesNotContain(Walk(card).OfType<JsonObject>(), o => o["data"]?["sessionId"]?.GetValue<string>() == "x");

        await TypeAsync(Person.Nigora, "confirm");
        var act = Assert.Single((await ModelOfAsync("DXA-001")).Facts!.LegalActs);
        Assert.Equal(Markup, act.Title);
        Assert.Equal(CardJson, act.Number);
        Assert.Equal(Mixed, Assert.Single(act.Articles));
    }

    /// <summary>Markup that a markdown reader would act on: a tag, a template or emphasis not preceded by a backslash.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\\)(<at>|\$\{|\*\*bold|\[x\])")]
    private static partial System.Text.RegularExpressions.Regex Unescaped();

    private static IEnumerable<string> Texts(JsonNode card) =>
        Walk(card).OfType<JsonObject>().SelectMany(o => new[] { o["text"], o["value"], o["title"] })
            .OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>();
}

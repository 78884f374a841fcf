using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Interviews.Cards;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Bot.Tests.Support;
using Takomil.Domain.Facts;
using Takomil.Domain.Models;
using Takomil.Protocol.Activities;
using Takomil.Storage;
using Takomil.Storage.Inspections;
using Takomil.Storage.Interviews;
using Takomil.Testing.Schemas;

namespace Takomil.Bot.Tests.Interviews.Support;

/// <summary>
/// Steps the interview tests share, all through <c>/api/messages</c>: an inspection under way with its working group,
/// a lead asking someone, the interviewee answering in their 1:1 chat by typing or by pressing the card the bot sent.
/// Every card the bot sends here is checked against the Adaptive Card 1.5 schema as it goes by.
/// </summary>
public abstract class InterviewScenario(InspectionsHost host) : Scenario(host)
{
    /// <summary>An inspection of <paramref name="serviceCode"/> in stage 2, its group formed in <paramref name="chat"/>.</summary>
    protected async Task InspectingAsync(Chat chat, string serviceCode)
    {
        await OpenAsync(chat, serviceCode);
        await FormGroupAsync(chat);
        await StartInspectingAsync(serviceCode);
    }

    /// <summary>The lead (Dilnoza) asks <paramref name="person"/> about a section in the group chat; returns the lead's reply.</summary>
    protected async Task<string> AskForInterviewAsync(Chat chat, Person person, string section, Person? lead = null, string locale = "en-US")
    {
        var replies = await SendAsync(chat.Say(lead ?? Person.Dilnoza, $"interview {person.At} {section}", locale, person));
        return string.Join("\n", replies.Select(Visible));
    }

    /// <summary>Everything the bot sent to anyone since the last clear, in order.</summary>
    protected IReadOnlyList<Activity> AllSent => [.. Host.Connector.Sent];

    /// <summary>Types in the person's 1:1 chat; returns what the bot answered there.</summary>
    protected async Task<IReadOnlyList<Activity>> TypeAsync(Person person, string text, string locale = "en-US", IList<Attachment>? attachments = null)
    {
        var message = Chat.PersonalOf(person).Say(person, text, locale);
        if (attachments is not null) message.Attachments = attachments;
        var replies = await SendAsync(message);
        AssertCardsValid(replies);
        return replies;
    }

    /// <summary>Presses a button of a card in the person's 1:1 chat; returns the invoke response body.</summary>
    protected async Task<JsonElement> PressAsync(Person person, string verb, object data, string locale = "en-US")
    {
        Host.Connector.Clear();
        var response = await ClickAsync(Chat.PersonalOf(person).Click(person, verb, data, locale));
        if (response.TryGetProperty("type", out var type) && type.GetString() == ContentTypes.AdaptiveCard)
        {
            SchemaValidator.AdaptiveCard15.AssertValid(response.GetProperty("value").GetRawText(), verb);
        }
        AssertCardsValid(AllSent);
        return response;
    }

    /// <summary>The session id and the asked slot from the newest question card the bot sent (any conversation).</summary>
    protected (string SessionId, string Slot) LastQuestion()
    {
        var card = AllSent.Where(a => a.Attachments is { Count: > 0 }).Select(CardOf).LastOrDefault(c => Button(c, QuestionCard.AnswerVerb) is not null)
            ?? throw new InvalidOperationException("No question card was sent.");
        var data = Button(card, QuestionCard.AnswerVerb)!;
        return (data["sessionId"]!.GetValue<string>(), data["slot"]!.GetValue<string>());
    }

    /// <summary>Answers the current question through its card's Answer button (the input's value merged into the data, as Teams does).</summary>
    protected async Task<JsonElement> AnswerByCardAsync(Person person, string? value, string locale = "en-US")
    {
        var (session, slot) = LastQuestion();
        object data = value is null ? new { sessionId = session, slot } : new { sessionId = session, slot, answer = value };
        return await PressAsync(person, QuestionCard.AnswerVerb, data, locale);
    }

    /// <summary>The person's session rows, as stored (of one inspection when a service code is given).</summary>
    protected async Task<List<InterviewSessionRow>> SessionsOfAsync(Person person, string? serviceCode = null)
    {
        var inspection = serviceCode is null ? null : await InspectionOfAsync(serviceCode);
        await using var scope = Host.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TakomilDbContext>();
        var official = await db.Officials.SingleAsync(o => o.TeamsUserId == person.Id);
        return await db.InterviewSessions.AsNoTracking()
            .Where(s => s.IntervieweeId == official.Id && (inspection == null || s.InspectionId == inspection.Id))
            .OrderBy(s => s.StartedAt).ToListAsync();
    }

    protected async Task<(FactSheet? Facts, ProcessModel? AsIs)> ModelOfAsync(string serviceCode)
    {
        var inspection = (await InspectionOfAsync(serviceCode))!;
        await using var scope = Host.App.Services.CreateAsyncScope();
        var facts = await scope.ServiceProvider.GetRequiredService<FactSheetRepository>().FindAsync(inspection.Id, CancellationToken.None);
        var asIs = await scope.ServiceProvider.GetRequiredService<ProcessModelRepository>().FindAsync(inspection.Id, ProcessModelKind.AsIs, CancellationToken.None);
        return (facts, asIs);
    }

    protected static JsonObject? Button(JsonNode card, string verb)
    {
        foreach (var node in Walk(card))
        {
            if (node is JsonObject o && o["type"]?.GetValue<string>() == "Action.Execute" && o["verb"]?.GetValue<string>() == verb) return o["data"] as JsonObject;
        }
        return null;
    }

    protected static IEnumerable<JsonNode> Walk(JsonNode? node)
    {
        if (node is null) yield break;
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var inner in Walk(child)) yield return inner;
        }
    }

    protected static void AssertCardsValid(IEnumerable<Activity> activities)
    {
        foreach (var activity in activities)
        {
            foreach (var attachment in activity.Attachments ?? [])
            {
                if (attachment.ContentType == ContentTypes.AdaptiveCard) SchemaValidator.AdaptiveCard15.AssertValid(((JsonElement)attachment.Content!).GetRawText(), "sent card");
            }
        }
    }

    /// <summary>A Teams file attachment, as a 1:1 chat sends it.</summary>
    protected static Attachment File(string name) => new()
    {
        ContentType = ContentTypes.TeamsFileDownloadInfo,
        Name = name,
        ContentUrl = "https://contoso.sharepoint.com/files/" + name,
        Content = JsonSerializer.SerializeToElement(new { downloadUrl = "https://files/" + name, fileType = Path.GetExtension(name).TrimStart('.') }),
    };

    protected static HttpStatusCode Ok => HttpStatusCode.OK;
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Approvals;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Domain.Approvals;
using Takomil.Protocol.Activities;
using Takomil.Storage;
using Takomil.Storage.Approvals;

namespace Takomil.Bot.Tests.Approvals.Support;

/// <summary>Clicks on approval and plan cards through <c>/api/messages</c>, and reads what came back.</summary>
public abstract class ApprovalTestBase(InspectionsHost host) : InspectionTestBase(host)
{
    protected IServiceProvider Services => Host.App.Services;

    /// <summary>An <c>Action.Execute</c> by <paramref name="who"/> on the card <paramref name="cardId"/> in <paramref name="chat"/>.</summary>
    protected static Activity Execute(Chat chat, Person who, string verb, object data, string cardId, string locale = "en-US")
    {
        ArgumentNullException.ThrowIfNull(chat);
        var activity = chat.Click(who, verb, data, locale);
        activity.ReplyToId = cardId;
        return activity;
    }

    /// <summary>The card of an invoke response (asserting that it is one).</summary>
    protected static JsonElement CardOf(JsonElement response)
    {
        Assert.Equal(ContentTypes.AdaptiveCard, response.GetProperty("type").GetString());
        return response.GetProperty("value");
    }

    /// <summary>The data of the first <c>Action.Execute</c> with <paramref name="verb"/> anywhere in a card.</summary>
    protected static JsonElement? DataOf(JsonElement card, string verb)
    {
        switch (card.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var i in card.EnumerateArray())
                {
                    if (DataOf(i, verb) is { } found) return found;
                }
                break;
            case JsonValueKind.Object:
                if (card.TryGetProperty("type", out var t) && t.GetString() == "Action.Execute"
                    && card.TryGetProperty("verb", out var v) && v.GetString() == verb && card.TryGetProperty("data", out var d))
                {
                    return d;
                }
                foreach (var p in card.EnumerateObject())
                {
                    if (p.Name == "refresh") continue;
                    if (DataOf(p.Value, verb) is { } found) return found;
                }
                break;
        }
        return null;
    }

    protected static JsonElement CardOfActivity(Activity activity) => (JsonElement)Assert.Single(activity.Attachments ?? []).Content!;

    /// <summary>Dilnoza asks for the plan in <paramref name="chat"/> and submits it; returns the invoke response.</summary>
    protected async Task<JsonElement> SubmitAsync(Chat chat)
    {
        var plan = await AskAsync(chat.Say(Person.Dilnoza, "plan"));
        var data = DataOf(CardOfActivity(plan), ApprovalVerbs.Submit) ?? throw new InvalidOperationException("The plan card has no Submit button.");
        Host.Connector.Clear();
        return await ClickAsync(Execute(chat, Person.Dilnoza, ApprovalVerbs.Submit, data, "plan-card"));
    }

    protected async Task<IReadOnlyList<ApprovalCardRow>> PostedCardsAsync(Guid inspectionId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApprovalCards>().ForInspectionAsync(inspectionId, default);
    }

    protected async Task<ApprovalProcess> ProcessAsync(Guid inspectionId)
    {
        await using var scope = Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ApprovalRepository>().FindAsync(inspectionId, default))!;
    }

    protected async Task<int> AuditCountAsync(string action, Guid inspectionId)
    {
        await using var scope = Services.CreateAsyncScope();
        var subject = $"inspection:{inspectionId}";
        return await scope.ServiceProvider.GetRequiredService<TakomilDbContext>().AuditEntries.CountAsync(e => e.Action == action && e.Subject == subject);
    }
}

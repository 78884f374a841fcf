using System.Text.Json;
using Takomil.Protocol.Activities;

namespace Takomil.Protocol.Routing;

/// <summary>A text command: the first word of the (mention-stripped) message selects it.</summary>
public interface ICommandHandler
{
    /// <summary>Every word that selects this handler, in every language (compared case-insensitively).</summary>
    IReadOnlyCollection<string> Keywords { get; }

    /// <param name="arguments">The text after the keyword.</param>
    Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken);
}

/// <summary>
/// A card verb, for both <c>Action.Execute</c> (invoke) and the <c>Action.Submit</c> fallback (message
/// with <c>value.verb</c>). The data carries ids only; the handler loads the truth from storage.
/// </summary>
public interface ICardActionHandler
{
    string Verb { get; }

    Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, CancellationToken cancellationToken);
}

/// <summary>A card action as received: the verb, its data (ids and input values) and how it came.</summary>
public sealed record CardInvocation(string Verb, JsonElement Data, bool IsExecute, bool IsAutomaticRefresh, string? CardActivityId)
{
    public string? GetString(string name) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(name, out var v)
            ? v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Number => v.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => null,
            }
            : null;
}

/// <summary>Reacts to <c>conversationUpdate</c> and <c>installationUpdate</c> (welcome, roster changes).</summary>
public interface IConversationUpdateHandler
{
    Task HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}

/// <summary>Answers any message no command matched (help, or the next interview answer).</summary>
public interface IFallbackMessageHandler
{
    Task HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}

/// <summary>Runs around every turn (culture, conversation references, logging scope).</summary>
public interface ITurnMiddleware
{
    Task InvokeAsync(TurnContext turn, Func<Task> continuation, CancellationToken cancellationToken);
}

/// <summary>Turns a failed turn into something the user can read; the protocol layer has no words of its own.</summary>
public interface ITurnErrorHandler
{
    Task OnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken);

    /// <summary>The invoke response body for a failed card action.</summary>
    AdaptiveCardInvokeResponse ErrorResponse(TurnContext turn, Exception exception);
}

using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Routing;
using Takomil.Protocol.Storage;

namespace Takomil.Protocol.Hosting;

/// <summary>
/// Runs one authenticated inbound activity: de-duplicates it, remembers its conversation,
/// runs the middleware and routes it to exactly one handler. Never lets an exception out.
/// </summary>
public sealed class BotApplication
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    private readonly RouteTable _routes;
    private readonly ILogger<BotApplication> _logger;

    public BotApplication(RouteTable routes, ILogger<BotApplication> logger)
    {
        _routes = routes;
        _logger = logger;
    }

    /// <returns>The invoke response for invoke activities; null for everything else.</returns>
    public async Task<InvokeResponse?> ProcessAsync(Activity activity, IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(services);

        var log = services.GetRequiredService<IInboundActivityLog>();
        var key = activity.Id is null ? null : $"{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id}";
        if (key is not null)
        {
            var claim = await log.TryClaimAsync(key, cancellationToken).ConfigureAwait(false);
            if (!claim.IsFirst)
            {
                Log.Duplicate(_logger, activity.Id, activity.Conversation?.Id);
                return claim.InvokeStatus is int status
                    ? new InvokeResponse(status, claim.InvokeResponseJson is null ? null : JsonSerializer.Deserialize<JsonElement>(claim.InvokeResponseJson))
                    : IsInvoke(activity) ? InvokeResponse.Ok() : null;
            }
        }

        await services.GetRequiredService<IConversationReferenceStore>()
            .SaveAsync(activity.GetConversationReference(), cancellationToken).ConfigureAwait(false);

        var turn = new TurnContext(activity, services.GetRequiredService<IOutboundSender>(), services);
        InvokeResponse? response = null;
        try
        {
            var middleware = services.GetServices<ITurnMiddleware>().ToArray();
            await RunPipelineAsync(turn, middleware, 0, async () => response = await RouteAsync(turn, cancellationToken).ConfigureAwait(false), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.TurnFailed(_logger, ex, activity.Id, activity.Type, activity.Conversation?.Id);
            response = await OnErrorAsync(turn, ex, cancellationToken).ConfigureAwait(false);
        }

        if (key is not null)
        {
            var body = response?.Body is null ? null : JsonSerializer.Serialize(response.Body, ProtocolJson.Options);
            await log.CompleteAsync(key, response?.Status, body, CancellationToken.None).ConfigureAwait(false);
        }
        return response ?? (IsInvoke(activity) ? InvokeResponse.Ok() : null);
    }

    private static bool IsInvoke(Activity activity) => activity.Type == ActivityTypes.Invoke;

    private static Task RunPipelineAsync(TurnContext turn, ITurnMiddleware[] middleware, int index, Func<Task> terminal, CancellationToken cancellationToken) =>
        index == middleware.Length
            ? terminal()
            : middleware[index].InvokeAsync(turn, () => RunPipelineAsync(turn, middleware, index + 1, terminal, cancellationToken), cancellationToken);

    private async Task<InvokeResponse?> RouteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await RouteMessageAsync(turn, cancellationToken).ConfigureAwait(false);
                return null;
            case ActivityTypes.ConversationUpdate:
            case ActivityTypes.InstallationUpdate:
                foreach (var handler in turn.Services.GetServices<IConversationUpdateHandler>())
                {
                    await handler.HandleAsync(turn, cancellationToken).ConfigureAwait(false);
                }
                return null;
            case ActivityTypes.Invoke when activity.Name == AdaptiveCardActionInvoke:
                return await RouteCardInvokeAsync(turn, cancellationToken).ConfigureAwait(false);
            case ActivityTypes.Invoke:
                return new InvokeResponse(400, new ErrorResponse { Error = new ErrorBody { Code = "NotSupported", Message = $"Invoke '{activity.Name}' is not supported." } });
            default:
                return null;
        }
    }

    private async Task RouteMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        // Action.Submit (and the Action.Execute fallback) arrive as a message whose value names the verb.
        if (activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("verb", out var verbElement)
            && verbElement.ValueKind == JsonValueKind.String)
        {
            var action = new CardInvocation(verbElement.GetString()!, value, IsExecute: false, IsAutomaticRefresh: false, activity.ReplyToId);
            var result = _routes.TryMatchVerb(action.Verb, turn.Services, out var cardHandler)
                ? await cardHandler!.HandleAsync(turn, action, cancellationToken).ConfigureAwait(false)
                : UnknownVerb(action.Verb);
            await DeliverSubmitResultAsync(turn, result, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (_routes.TryMatchCommand(turn.CommandText, turn.Services, out var command, out var arguments))
        {
            await command!.HandleAsync(turn, arguments, cancellationToken).ConfigureAwait(false);
            return;
        }

        var fallback = turn.Services.GetService<IFallbackMessageHandler>();
        if (fallback is not null)
        {
            await fallback.HandleAsync(turn, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<InvokeResponse> RouteCardInvokeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        AdaptiveCardInvokeValue? value = null;
        if (turn.Activity.Value is { ValueKind: JsonValueKind.Object } raw)
        {
            try
            {
                value = raw.Deserialize<AdaptiveCardInvokeValue>(ProtocolJson.Options);
            }
            catch (JsonException)
            {
                value = null;
            }
        }
        var verb = value?.Action?.Verb;
        if (string.IsNullOrWhiteSpace(verb))
        {
            return new InvokeResponse(200, AdaptiveCardInvokeResponse.Error(400, "BadRequest", "The card action has no verb."));
        }
        var data = value!.Action!.Data ?? JsonSerializer.SerializeToElement(new { }, ProtocolJson.Options);
        var action = new CardInvocation(verb, data, IsExecute: true, IsAutomaticRefresh: value.Trigger == "automatic", turn.Activity.ReplyToId);
        var result = _routes.TryMatchVerb(verb, turn.Services, out var handler)
            ? await handler!.HandleAsync(turn, action, cancellationToken).ConfigureAwait(false)
            : UnknownVerb(verb);
        return new InvokeResponse(200, result);
    }

    private static AdaptiveCardInvokeResponse UnknownVerb(string verb) =>
        AdaptiveCardInvokeResponse.Error(400, "NotSupported", $"The card action '{verb}' is not supported.");

    /// <summary><c>Action.Submit</c> has no synchronous answer: a new card replaces the old by PUT, text is sent.</summary>
    private static async Task DeliverSubmitResultAsync(TurnContext turn, AdaptiveCardInvokeResponse result, CancellationToken cancellationToken)
    {
        if (result.Type == ContentTypes.AdaptiveCard && result.Value is JsonElement card && turn.Activity.ReplyToId is { } cardId)
        {
            var update = turn.Activity.CreateReply();
            update.Id = cardId;
            update.Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card }];
            await turn.UpdateAsync(update, cardId, cancellationToken).ConfigureAwait(false);
        }
        else if (result.Value is string text)
        {
            await turn.SendTextAsync(text, cancellationToken).ConfigureAwait(false);
        }
        else if (result.Value is ErrorBody error && error.Message is { } message)
        {
            await turn.SendTextAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<InvokeResponse?> OnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        var handler = turn.Services.GetService<ITurnErrorHandler>();
        if (IsInvoke(turn.Activity))
        {
            var body = handler?.ErrorResponse(turn, exception)
                ?? AdaptiveCardInvokeResponse.Error(500, "InternalError", "Something went wrong.");
            return new InvokeResponse(200, body);
        }
        if (handler is not null)
        {
            try
            {
                await handler.OnErrorAsync(turn, exception, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.ErrorHandlerFailed(_logger, ex, turn.Activity.Id);
            }
        }
        return null;
    }
}

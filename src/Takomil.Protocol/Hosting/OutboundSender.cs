using System.Text.Json;
using Microsoft.Extensions.Logging;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Connector;
using Takomil.Protocol.Routing;
using Takomil.Protocol.Storage;

namespace Takomil.Protocol.Hosting;

/// <summary>
/// Sends through the connector at once; a transient failure (no answer, 412, 429, 5xx after the
/// client's own retries) goes to the durable outbox, so the inbound request still succeeds and
/// the message is not lost. A permanent failure (403 blocked, 404 gone) is raised to the caller.
/// </summary>
public sealed class OutboundSender : IOutboundSender
{
    private readonly IConnectorClient _connector;
    private readonly IOutbox _outbox;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboundSender> _logger;

    public OutboundSender(IConnectorClient connector, IOutbox outbox, TimeProvider time, ILogger<OutboundSender> logger)
    {
        _connector = connector;
        _outbox = outbox;
        _time = time;
        _logger = logger;
    }

    public async Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        try
        {
            var result = await _connector.SendAsync(activity, cancellationToken).ConfigureAwait(false);
            return result.Id;
        }
        catch (Exception ex) when (IsTransient(ex, cancellationToken))
        {
            await QueueAsync(OutboxOperation.Send, activity, null, ex).ConfigureAwait(false);
            return null;
        }
        catch (ConnectorException ex)
        {
            Log.SendFailedPermanently(_logger, ex, activity.Conversation?.Id, ex.StatusCode, ex.ErrorCode);
            throw;
        }
    }

    public async Task UpdateAsync(Activity activity, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        try
        {
            await _connector.UpdateAsync(activity, activityId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsTransient(ex, cancellationToken))
        {
            await QueueAsync(OutboxOperation.Update, activity, activityId, ex).ConfigureAwait(false);
        }
        catch (ConnectorException ex)
        {
            Log.SendFailedPermanently(_logger, ex, activity.Conversation?.Id, ex.StatusCode, ex.ErrorCode);
            throw;
        }
    }

    internal static bool IsTransient(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        ConnectorException c => c.IsTransient,
        HttpRequestException => true,
        // A time-out of the HTTP call, not the caller giving up.
        TaskCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private async Task QueueAsync(OutboxOperation operation, Activity activity, string? targetId, Exception cause)
    {
        var now = _time.GetUtcNow();
        var item = new OutboxItem(
            Guid.NewGuid(), operation, activity.Conversation?.Id ?? string.Empty,
            JsonSerializer.Serialize(activity, ProtocolJson.Options), targetId,
            Attempts: 1, CreatedAt: now, NextAttemptAt: now + OutboxDrainer.Backoff(1));
        // The caller's request may be ending; the outbox write must still happen.
        await _outbox.EnqueueAsync(item, CancellationToken.None).ConfigureAwait(false);
        Log.SendQueued(_logger, activity.Conversation?.Id, (cause as ConnectorException)?.StatusCode ?? 0, item.Id);
    }
}

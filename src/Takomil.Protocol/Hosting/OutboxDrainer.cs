using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Connector;
using Takomil.Protocol.Storage;

namespace Takomil.Protocol.Hosting;

/// <summary>
/// Delivers queued outbound activities. It does no scheduling of its own: the host calls
/// <see cref="DrainOnceAsync"/> from its scheduler (Quartz), and the outbox lease keeps two
/// instances from sending the same item.
/// </summary>
public sealed class OutboxDrainer
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private readonly IOutbox _outbox;
    private readonly IConnectorClient _connector;
    private readonly TimeProvider _time;
    private readonly IOptions<BotProtocolOptions> _options;
    private readonly ILogger<OutboxDrainer> _logger;

    public OutboxDrainer(IOutbox outbox, IConnectorClient connector, TimeProvider time, IOptions<BotProtocolOptions> options, ILogger<OutboxDrainer> logger)
    {
        _outbox = outbox;
        _connector = connector;
        _time = time;
        _options = options;
        _logger = logger;
    }

    /// <summary>Backoff after <paramref name="attempts"/> failed attempts: 10 s doubling, capped at 1 h.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, 10 * Math.Pow(2, Math.Max(0, attempts - 1))));

    /// <returns>How many items were delivered.</returns>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var due = await _outbox.ClaimDueAsync(_options.Value.OutboxBatchSize, _time.GetUtcNow(), Lease, cancellationToken).ConfigureAwait(false);
        var delivered = 0;
        foreach (var item in due)
        {
            var attempts = item.Attempts + 1;
            try
            {
                var activity = JsonSerializer.Deserialize<Activity>(item.ActivityJson, ProtocolJson.Options)
                    ?? throw new JsonException("empty outbox activity");
                if (item.Operation == OutboxOperation.Update && item.TargetActivityId is { } target)
                {
                    await _connector.UpdateAsync(activity, target, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await _connector.SendAsync(activity, cancellationToken).ConfigureAwait(false);
                }
                await _outbox.MarkSentAsync(item.Id, cancellationToken).ConfigureAwait(false);
                Log.OutboxDelivered(_logger, item.Id, attempts);
                delivered++;
            }
            catch (Exception ex) when (OutboundSender.IsTransient(ex, cancellationToken) && attempts < _options.Value.OutboxMaxAttempts)
            {
                Log.OutboxRetryFailed(_logger, item.Id, attempts, ex.Message);
                await _outbox.MarkFailedAsync(item.Id, ex.Message, _time.GetUtcNow() + Backoff(attempts), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is ConnectorException or JsonException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                Log.OutboxGaveUp(_logger, item.Id, attempts, ex.Message);
                await _outbox.MarkFailedAsync(item.Id, ex.Message, null, cancellationToken).ConfigureAwait(false);
            }
        }
        return delivered;
    }
}

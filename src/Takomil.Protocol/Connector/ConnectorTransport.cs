using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Takomil.Protocol.Activities;

namespace Takomil.Protocol.Connector;

/// <summary>
/// Runs one <see cref="ConnectorCall"/>: size and serviceUrl checks, rate-limit wait, the HTTP attempt,
/// and retries per <see cref="ConnectorRetryPolicy"/>. Every attempt waits for a rate-limit slot, so
/// retries count against the Teams limits like first tries do.
/// </summary>
internal sealed class ConnectorTransport
{
    /// <summary>Teams refuses message bodies over 100 KB with 413 MessageSizeTooBig (brief §3).</summary>
    public const int MaxBodyBytes = 100 * 1024;

    private static readonly MediaTypeHeaderValue JsonContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    private readonly HttpClient _http;
    private readonly ServiceUrlGuard _guard;
    private readonly ConversationRateLimiter _limiter;
    private readonly ConnectorRetryPolicy _retry;
    private readonly IConnectorDelay _delay;
    private readonly TimeProvider _time;
    private readonly TimeSpan _requestTimeout;
    private readonly ILogger _logger;

    public ConnectorTransport(HttpClient http, ServiceUrlGuard guard, ConversationRateLimiter limiter,
        ConnectorRetryPolicy retry, IConnectorDelay delay, TimeProvider time, TimeSpan requestTimeout, ILogger logger)
    {
        _http = http;
        _guard = guard;
        _limiter = limiter;
        _retry = retry;
        _delay = delay;
        _time = time;
        _requestTimeout = requestTimeout;
        _logger = logger;
    }

    /// <summary>The body of the successful answer (possibly empty) and its status.</summary>
    public async Task<ConnectorAttempt> ExecuteAsync(ConnectorCall call, CancellationToken cancellationToken)
    {
        if (call.Body is { Length: > MaxBodyBytes } body)
        {
            ConnectorLog.Refused(_logger, call.Operation, ConnectorErrorCodes.MessageSizeTooBig);
            throw new ConnectorException(413, ConnectorErrorCodes.MessageSizeTooBig,
                $"{call.Operation}: the activity is {body.Length} bytes, over Teams' limit of {MaxBodyBytes}; nothing was sent.");
        }

        Uri baseUri;
        string? token;
        try
        {
            (baseUri, token) = await _guard.AuthorizeAsync(call.ServiceUrl, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException e)
        {
            ConnectorLog.Refused(_logger, call.Operation, e.ErrorCode);
            throw;
        }
        var uri = ServiceUrls.Combine(baseUri, call.RelativePath);

        for (var attempt = 1; ; attempt++)
        {
            await _limiter.WaitAsync(call.ConversationKey, cancellationToken).ConfigureAwait(false);
            var result = await SendOnceAsync(call, uri, token, attempt, cancellationToken).ConfigureAwait(false);
            if (result.IsSuccess) return result;

            var retryable = result.Status == 0
                ? ConnectorRetryPolicy.MayRetryWithoutAnswer(call.Method)
                : ConnectorRetryPolicy.IsRetryableStatus(result.Status);
            if (!retryable || attempt > _retry.MaxRetries) throw Fail(call, result, attempt);

            var delay = _retry.GetDelay(attempt - 1, result.RetryAfter, _time.GetUtcNow());
            ConnectorLog.RetryScheduled(_logger, call.Operation, result.Status, attempt, _retry.MaxRetries, (long)delay.TotalMilliseconds);
            await _delay.DelayAsync(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ConnectorAttempt> SendOnceAsync(ConnectorCall call, Uri uri, string? token, int attempt, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(call.Method, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (call.Body is { } body)
        {
            request.Content = new ReadOnlyMemoryContent(body);
            request.Content.Headers.ContentType = JsonContentType;
        }

        using var timeout = new CancellationTokenSource(_requestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
            return new ConnectorAttempt((int)response.StatusCode, bytes, response.Headers.RetryAfter, null);
        }
        catch (HttpRequestException e)
        {
            ConnectorLog.NoAnswer(_logger, e, call.Operation, attempt);
            return new ConnectorAttempt(0, ReadOnlyMemory<byte>.Empty, null, e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // The per-attempt time-out fired, not the caller.
            ConnectorLog.NoAnswer(_logger, e, call.Operation, attempt);
            return new ConnectorAttempt(0, ReadOnlyMemory<byte>.Empty, null, new TimeoutException($"No answer within {_requestTimeout}.", e));
        }
    }

    private ConnectorException Fail(ConnectorCall call, ConnectorAttempt result, int attempts)
    {
        var tries = attempts == 1 ? "" : $" after {attempts} attempts";
        if (result.Status == 0)
        {
            ConnectorLog.CallFailed(_logger, call.Operation, 0, ConnectorErrorCodes.NoResponse, attempts);
            var maybe = call.Method == HttpMethod.Post ? " The request may still have been processed." : "";
            return new ConnectorException(0, ConnectorErrorCodes.NoResponse,
                $"{call.Operation}: no answer from the connector{tries}.{maybe}", result.Failure);
        }

        var error = TryReadError(result.Body.Span);
        ConnectorLog.CallFailed(_logger, call.Operation, result.Status, error?.Code, attempts);
        var detail = error?.Message is { Length: > 0 } m ? $": {(m.Length > 500 ? m[..500] : m)}" : "";
        var code = error?.Code is { Length: > 0 } c ? $" {c}" : "";
        return new ConnectorException(result.Status, error?.Code, $"{call.Operation} failed with HTTP {result.Status}{code}{tries}{detail}");
    }

    private static ErrorBody? TryReadError(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty) return null;
        try
        {
            return JsonSerializer.Deserialize<ErrorResponse>(body, ProtocolJson.Options)?.Error;
        }
        catch (JsonException)
        {
            return null; // A gateway's HTML page or plain text: the status alone must do.
        }
    }
}

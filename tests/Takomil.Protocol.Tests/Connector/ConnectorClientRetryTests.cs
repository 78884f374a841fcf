using System.Globalization;
using Takomil.Protocol.Connector;
using Takomil.Protocol.Tests.Support;

namespace Takomil.Protocol.Tests.Connector;

/// <summary>Which answers are retried, and the waits asked of the (fake) delay.</summary>
public sealed class ConnectorClientRetryTests
{
    private const string Throttled = """{"error":{"code":"Throttled","message":"Too many requests"}}""";

    [Fact]
    public async Task SendAsync_429WithRetryAfterSeconds_WaitsThatLongThenSucceeds()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Enqueue(429, Throttled, ("Retry-After", "7"));
        h.Connector.Enqueue(201, """{"id":"after-throttle"}""");

        var response = await h.Client.SendAsync(h.Message("conv-1"), CancellationToken.None);

        Assert.Equal("after-throttle", response.Id);
        Assert.Equal(2, h.Connector.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(7)], h.Delay.Requested);
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfterDate_WaitsUntilThatDate()
    {
        await using var h = await ConnectorHarness.StartAsync();
        var at = h.Clock.GetUtcNow().AddSeconds(12).ToString("r", CultureInfo.InvariantCulture);
        h.Connector.Enqueue(429, Throttled, ("Retry-After", at));

        await h.Client.SendAsync(h.Message("conv-1"), CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(12)], h.Delay.Requested);
    }

    [Fact]
    public async Task SendAsync_RetryAfterBeyondCap_WaitsOnlyTheCap()
    {
        await using var h = await ConnectorHarness.StartAsync(configure: (o, _) => o.MaxRetryAfter = TimeSpan.FromSeconds(60));
        h.Connector.Enqueue(429, Throttled, ("Retry-After", "3600"));

        await h.Client.SendAsync(h.Message("conv-1"), CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(60)], h.Delay.Requested);
    }

    [Fact]
    public async Task SendAsync_503Then200_SucceedsAfterBackoffWithinBounds()
    {
        await using var h = await ConnectorHarness.StartAsync(configure: (o, _) => o.BaseDelay = TimeSpan.FromMilliseconds(500));
        h.Connector.Enqueue(503, "Service Unavailable");
        h.Connector.Enqueue(201, """{"id":"ok"}""");

        var response = await h.Client.SendAsync(h.Message("conv-1"), CancellationToken.None);

        Assert.Equal("ok", response.Id);
        Assert.Equal(2, h.Connector.Requests.Count);
        var delay = Assert.Single(h.Delay.Requested);
        Assert.InRange(delay, TimeSpan.Zero, TimeSpan.FromMilliseconds(500));
    }

    [Theory]
    [InlineData(412, "PreconditionFailed")]
    [InlineData(502, null)]
    [InlineData(504, null)]
    public async Task UpdateAsync_RetryableStatusThenSuccess_Succeeds(int status, string? code)
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Enqueue(status, code is null ? null : $$$"""{"error":{"code":"{{{code}}}","message":"x"}}""");

        var response = await h.Client.UpdateAsync(h.Message("conv-1"), "act-1", CancellationToken.None);

        Assert.Equal("act-1", response.Id);
        Assert.Equal(2, h.Connector.Requests.Count);
    }

    [Theory]
    [InlineData(400, "BadArgument")]
    [InlineData(401, "BotNotRegistered")]
    [InlineData(403, "ConversationBlockedByUser")]
    [InlineData(403, "BotNotInConversationRoster")]
    [InlineData(404, "ConversationNotFound")]
    [InlineData(413, "MessageSizeTooBig")]
    [InlineData(500, "InternalServerError")]
    public async Task SendAsync_NonRetryableStatus_ThrowsOnceWithCode(int status, string code)
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Enqueue(status, $$$"""{"error":{"code":"{{{code}}}","message":"The details"}}""");

        var e = await Assert.ThrowsAsync<ConnectorException>(() => h.Client.SendAsync(h.Message("conv-1"), CancellationToken.None));

        Assert.Equal(status, e.StatusCode);
        Assert.Equal(code, e.ErrorCode);
        Assert.Contains("The details", e.Message, StringComparison.Ordinal);
        Assert.Single(h.Connector.Requests);
        Assert.Empty(h.Delay.Requested);
    }

    [Fact]
    public async Task SendAsync_ErrorWithNonJsonBody_ThrowsWithStatusAndNoCode()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Enqueue(404, "<html>Not Found</html>");

        var e = await Assert.ThrowsAsync<ConnectorException>(() => h.Client.SendAsync(h.Message("conv-1"), CancellationToken.None));

        Assert.Equal(404, e.StatusCode);
        Assert.Null(e.ErrorCode);
    }

    [Fact]
    public async Task SendAsync_RetriesExhausted_ThrowsTransientAfterMaxAttempts()
    {
        await using var h = await ConnectorHarness.StartAsync(configure: (o, _) => o.MaxRetries = 2);
        for (var i = 0; i < 3; i++) h.Connector.Enqueue(429, Throttled, ("Retry-After", "1"));

        var e = await Assert.ThrowsAsync<ConnectorException>(() => h.Client.SendAsync(h.Message("conv-1"), CancellationToken.None));

        Assert.True(e.IsTransient);
        Assert.Equal(429, e.StatusCode);
        Assert.Equal("Throttled", e.ErrorCode);
        Assert.Contains("3 attempts", e.Message, StringComparison.Ordinal);
        Assert.Equal(3, h.Connector.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)], h.Delay.Requested);
    }

    [Fact]
    public async Task SendAsync_ConnectionDropped_IsNotRetriedBecausePostMayHaveLanded()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Enqueue(ScriptedResponse.Dropped);

        var e = await Assert.ThrowsAsync<ConnectorException>(() => h.Client.SendAsync(h.Message("conv-1"), CancellationToken.None));

        Assert.Equal(0, e.StatusCode);
        Assert.Equal(ConnectorErrorCodes.NoResponse, e.ErrorCode);
        Assert.True(e.IsTransient);
        Assert.Single(h.Connector.Requests);
    }

    [Fact]
    public async Task UpdateAsync_ConnectionDroppedOnce_IsRetriedBecausePutIsIdempotent()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Enqueue(ScriptedResponse.Dropped);

        var response = await h.Client.UpdateAsync(h.Message("conv-1"), "act-1", CancellationToken.None);

        Assert.Equal("act-1", response.Id);
        Assert.Equal(2, h.Connector.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_ActivityOver100KB_Throws413WithoutCalling()
    {
        await using var h = await ConnectorHarness.StartAsync();
        var activity = h.Message("conv-1", new string('x', 100 * 1024));

        var e = await Assert.ThrowsAsync<ConnectorException>(() => h.Client.SendAsync(activity, CancellationToken.None));

        Assert.Equal(413, e.StatusCode);
        Assert.Equal(ConnectorErrorCodes.MessageSizeTooBig, e.ErrorCode);
        Assert.False(e.IsTransient);
        Assert.Empty(h.Connector.Requests);
    }

    [Fact]
    public async Task SendAsync_AlreadyCancelled_ThrowsOperationCanceledWithoutRequest()
    {
        await using var h = await ConnectorHarness.StartAsync();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.Client.SendAsync(h.Message("conv-1"), cts.Token));
        Assert.Empty(h.Connector.Requests);
    }
}

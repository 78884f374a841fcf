using System.Diagnostics;
using System.Text;

namespace Takomil.Bench.Tests;

public sealed class ConnectorSinkTests : IAsyncLifetime, IDisposable
{
    private readonly ReplyTracker _tracker = new();
    private readonly HttpClient _http = new();
    private ConnectorSink _sink = null!;

    public async Task InitializeAsync() => _sink = await ConnectorSink.StartAsync(_tracker);

    public async Task DisposeAsync() => await _sink.DisposeAsync();

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> PostAsync(string relative, string json) =>
        await _http.PostAsync(new Uri(_sink.ServiceUrl, relative), new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Post_ReplyWithActivityIdInPath_Returns201AndCompletesTheWaitingTurn()
    {
        var before = Stopwatch.GetTimestamp();
        var waiting = _tracker.Expect("a:conv-1", "act-1");

        using var response = await PostAsync("v3/conversations/a%3Aconv-1/activities/act-1", """{"type":"message","text":"x"}""");

        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("\"id\":\"sink-", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(waiting.IsCompleted);
        Assert.True(await waiting >= before);
        Assert.Equal(new ReplyCounters(1, 0, 0, """{"type":"message","text":"x"}""".Length), _tracker.Snapshot());
    }

    [Fact]
    public async Task Post_ReplyWithoutIdInPath_MatchesByReplyToIdInBody()
    {
        var waiting = _tracker.Expect("conv-2", "act-2");

        using var response = await PostAsync("v3/conversations/conv-2/activities", """{"type":"message","replyToId":"act-2"}""");

        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        Assert.True(waiting.IsCompleted);
    }

    [Fact]
    public async Task Post_ReplyNobodyWaitsFor_CountsAsUnmatched()
    {
        using var response = await PostAsync("v3/conversations/conv-3/activities/nobody", """{"type":"message"}""");

        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(new ReplyCounters(1, 1, 0, """{"type":"message"}""".Length), _tracker.Snapshot());
    }

    [Fact]
    public async Task Post_TypingActivity_IsAnOtherCallAndDoesNotCompleteTheTurn()
    {
        var waiting = _tracker.Expect("conv-4", "act-4");

        using var response = await PostAsync("v3/conversations/conv-4/activities/act-4", """{"type":"typing"}""");

        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        Assert.False(waiting.IsCompleted);
        Assert.Equal(new ReplyCounters(0, 0, 1), _tracker.Snapshot());
    }

    [Fact]
    public async Task Post_MalformedJson_Returns400()
    {
        using var response = await PostAsync("v3/conversations/conv-5/activities/act-5", "{not json");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/v3/conversations/c/activities/a", "c", "a")]
    [InlineData("/_connector/v3/conversations/c/activities", "c", null)]
    [InlineData("/v3/conversations/c/members", null, null)]
    [InlineData("/", null, null)]
    public void ConversationIdFromPath_VariousPaths_FindsConversationAndActivity(string path, string? conversation, string? activity)
    {
        var found = ConnectorSink.ConversationIdFromPath(new Microsoft.AspNetCore.Http.PathString(path), out var activityId);

        Assert.Equal(conversation, found);
        Assert.Equal(activity, activityId);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Connector;

namespace Takomil.Protocol.Tests.Connector;

/// <summary>URL shapes and bodies of the connector calls, checked against a real HTTP peer and the Playground capture.</summary>
public sealed class ConnectorClientRequestTests
{
    private const string ConversationId = "b6d3d628-0062-4a8b-bf52-04af19874bce";

    [PlaygroundSampleFact]
    public async Task SendAsync_WithReplyToId_PostsToReplyUrlWithCapturedBodyShape()
    {
        await using var h = await ConnectorHarness.StartAsync();
        var sample = SharedSamples.Load("out-POST-reply-with-card.json");
        var expectedBody = sample["reqBody"]!.DeepClone();
        expectedBody["serviceUrl"] = h.Connector.ServiceUrl;
        var activity = expectedBody.Deserialize<Activity>(ProtocolJson.Options)!;
        h.Connector.Enqueue(201, sample["resBody"]!.ToJsonString());

        var response = await h.Client.SendAsync(activity, CancellationToken.None);

        Assert.Equal("1795453668969", response.Id);
        var request = Assert.Single(h.Connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal((string)sample["url"]!, request.Path);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(expectedBody, JsonNode.Parse(request.Body)), request.Body);
    }

    [Fact]
    public async Task SendAsync_WithoutReplyToId_PostsToConversationActivities()
    {
        await using var h = await ConnectorHarness.StartAsync();

        var response = await h.Client.SendAsync(h.Message(ConversationId, "Salom"), CancellationToken.None);

        Assert.Equal("generated-1", response.Id);
        var request = Assert.Single(h.Connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/_connector/v3/conversations/{ConversationId}/activities", request.Path);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("Salom", (string?)body["text"]);
        Assert.Null(body["replyToId"]);
    }

    [Fact]
    public async Task SendAsync_TeamsThreadId_EscapesIdsInPath()
    {
        await using var h = await ConnectorHarness.StartAsync();
        const string thread = "19:abc@thread.tacv2;messageid=1700";

        await h.Client.SendAsync(h.Message(thread, replyToId: "1700/x"), CancellationToken.None);

        var request = Assert.Single(h.Connector.Requests);
        Assert.Equal("/_connector/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1700/activities/1700%2Fx", request.RawTarget);
    }

    [Fact]
    public async Task SendAsync_ServiceUrlWithTrailingSlash_DoesNotDoubleTheSlash()
    {
        await using var h = await ConnectorHarness.StartAsync();
        var activity = h.Message(ConversationId);
        activity.ServiceUrl = h.Connector.ServiceUrl + "/";

        await h.Client.SendAsync(activity, CancellationToken.None);

        Assert.Equal($"/_connector/v3/conversations/{ConversationId}/activities", Assert.Single(h.Connector.Requests).RawTarget);
    }

    [Fact]
    public async Task SendAsync_AcceptedWithEmptyBody_ReturnsResponseWithoutId()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Enqueue(202);

        var response = await h.Client.SendAsync(h.Message(ConversationId), CancellationToken.None);

        Assert.Null(response.Id);
    }

    [Fact]
    public async Task UpdateAsync_PutsFullActivityToActivityUrl()
    {
        await using var h = await ConnectorHarness.StartAsync();
        var activity = h.Message(ConversationId, "UPDATED message");
        activity.Id = "1795453670094";

        var response = await h.Client.UpdateAsync(activity, "1795453670094", CancellationToken.None);

        Assert.Equal("1795453670094", response.Id);
        var request = Assert.Single(h.Connector.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/_connector/v3/conversations/{ConversationId}/activities/1795453670094", request.Path);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("UPDATED message", (string?)body["text"]);
        Assert.Equal("message", (string?)body["type"]);
        Assert.Equal(ConversationId, (string?)body["conversation"]!["id"]);
    }

    [Fact]
    public async Task UpdateAsync_EmptyResponseBody_ReturnsTheUpdatedId()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Enqueue(200);

        var response = await h.Client.UpdateAsync(h.Message(ConversationId), "act-7", CancellationToken.None);

        Assert.Equal("act-7", response.Id);
    }

    [Fact]
    public async Task CreateConversationAsync_PersonalChat_PostsTeamsShapedBody()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Enqueue(201, """{"id":"a:1new-conv","activityId":"1","serviceUrl":"https://smba.trafficmanager.net/amer/"}""");
        var parameters = ProactiveConversation.PersonalChat("28:bot-app-id", "29:user-1", "tenant-1");

        var created = await h.Client.CreateConversationAsync(h.Connector.ServiceUrl, parameters, CancellationToken.None);

        Assert.Equal("a:1new-conv", created.Id);
        Assert.Equal("https://smba.trafficmanager.net/amer/", created.ServiceUrl);
        var request = Assert.Single(h.Connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/_connector/v3/conversations", request.Path);
        var expected = JsonNode.Parse("""
            {"isGroup":false,"bot":{"id":"28:bot-app-id"},"members":[{"id":"29:user-1"}],
             "tenantId":"tenant-1","channelData":{"tenant":{"id":"tenant-1"}}}
            """);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(request.Body)), request.Body);
    }

    [Fact]
    public async Task CreateConversationAsync_AnswerWithoutId_ThrowsInvalidResponse()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Enqueue(201, "{}");

        var e = await Assert.ThrowsAsync<ConnectorException>(() => h.Client.CreateConversationAsync(
            h.Connector.ServiceUrl, ProactiveConversation.PersonalChat("28:b", "29:u", "t"), CancellationToken.None));

        Assert.Equal(ConnectorErrorCodes.InvalidResponse, e.ErrorCode);
        Assert.False(e.IsTransient);
    }

    [PlaygroundSampleFact]
    public async Task GetPagedMembersAsync_CapturedAnswer_ParsesMembersAndSendsQuery()
    {
        await using var h = await ConnectorHarness.StartAsync();
        var sample = SharedSamples.Load("out-GET-pagedmembers.json");
        h.Connector.Enqueue(200, sample["resBody"]!.ToJsonString());

        var page = await h.Client.GetPagedMembersAsync(h.Connector.ServiceUrl, ConversationId, 100, "token/+=", CancellationToken.None);

        var member = Assert.Single(page.Members!);
        Assert.Equal("user-id-0", member.Id);
        Assert.Equal("Alex Wilber", member.Name);
        Assert.Equal("alexw@example.com", member.UserPrincipalName);
        Assert.Equal("00000000-0000-0000-0000-0000000000001", member.TenantId);
        Assert.Null(page.ContinuationToken);
        var request = Assert.Single(h.Connector.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal((string)sample["url"]!, request.Path);
        Assert.Equal("?pageSize=100&continuationToken=token%2F%2B%3D", request.Query);
        Assert.Empty(request.Body);
    }

    [Fact]
    public async Task GetPagedMembersAsync_ContinuationTokenInAnswer_IsReturned()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Enqueue(200, """{"continuationToken":"next-page","members":[{"id":"29:a"},{"id":"29:b"}]}""");

        var page = await h.Client.GetPagedMembersAsync(h.Connector.ServiceUrl, ConversationId, null, null, CancellationToken.None);

        Assert.Equal("next-page", page.ContinuationToken);
        Assert.Equal(["29:a", "29:b"], page.Members!.Select(m => m.Id));
        Assert.Equal("", Assert.Single(h.Connector.Requests).Query);
    }

    [Fact]
    public async Task SendAsync_SuccessWithMalformedJson_ThrowsInvalidResponse()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Enqueue(201, "<html>ok</html>");

        var e = await Assert.ThrowsAsync<ConnectorException>(() => h.Client.SendAsync(h.Message(ConversationId), CancellationToken.None));

        Assert.Equal(ConnectorErrorCodes.InvalidResponse, e.ErrorCode);
        Assert.Equal(201, e.StatusCode);
    }
}

using System.Net;
using System.Text;
using Takomil.Bot.Tests.Support;
using Takomil.Protocol.Activities;

namespace Takomil.Bot.Tests.Pipeline;

/// <summary>POST /api/messages as a channel calls it: good input is handled, bad input gets a 4xx.</summary>
public sealed class MessagesEndpointTests(TakomilFactory factory) : BotTestBase(factory)
{
    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"type\":\"message\"}")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"javascript:alert(1)\"}")]
    [InlineData("null")]
    public async Task Post_MalformedActivity_Returns400(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Connector.Sent);
    }

    [Fact]
    public async Task Post_EmptyBody_Returns400()
    {
        using var content = new StringContent(string.Empty, Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverLimit_Returns413()
    {
        var activity = ActivityFactory.Message(new string('x', 300 * 1024));
        using var response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(Connector.Sent);
    }

    [Fact]
    public async Task Post_NotJson_Returns415()
    {
        using var content = new StringContent("type=message", Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_LocalModeFromNonLoopback_Returns403AndDoesNothing()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = ActivityFactory.ToContent(ActivityFactory.Message("help")) };
        request.Headers.Add("X-Test-Remote-IP", "203.0.113.7");
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        Assert.Empty(Connector.Sent);
    }

    [Fact]
    public async Task Post_LocalModeFromIpv6Loopback_IsHandled()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = ActivityFactory.ToContent(ActivityFactory.Message("help")) };
        request.Headers.Add("X-Test-Remote-IP", "::1");
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(Connector.Sent);
    }

    [Fact]
    public async Task Post_SameActivityTwice_HandledOnce()
    {
        var activity = ActivityFactory.Message("help", conversationId: "conv-dup");
        using (var first = await PostAsync(activity)) Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using (var second = await PostAsync(activity)) Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(Connector.Sent, a => a.Conversation?.Id == "conv-dup");
    }

    [Fact]
    public async Task Post_UnknownActivityType_Returns200Silently()
    {
        var activity = ActivityFactory.Message("x");
        activity.Type = "typing";
        using var response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Connector.Sent);
    }

    [Fact]
    public async Task Post_Reply_IsAddressedBackToSender()
    {
        var activity = ActivityFactory.Message("help", conversationId: "conv-reply");
        using var response = await PostAsync(activity);
        var reply = Assert.Single(Connector.Sent);
        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal(activity.Id, reply.ReplyToId);
        Assert.Equal("conv-reply", reply.Conversation?.Id);
        Assert.Equal(ActivityFactory.BotId, reply.From?.Id);
        Assert.Equal("29:user-a", reply.Recipient?.Id);
        Assert.Equal(ActivityFactory.ServiceUrl, reply.ServiceUrl);
    }
}

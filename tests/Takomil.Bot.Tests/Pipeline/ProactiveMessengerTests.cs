using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Tests.Support;
using Takomil.Protocol.Hosting;
using Takomil.Protocol.Storage;

namespace Takomil.Bot.Tests.Pipeline;

/// <summary>The bot can write later to a person it met in a group chat: it opens the 1:1 once, then reuses it.</summary>
public sealed class ProactiveMessengerTests(TakomilFactory factory) : BotTestBase(factory)
{
    [Fact]
    public async Task SendToUser_NoPersonalChatYet_OpensOneWithTenantThenReusesIt()
    {
        using (await PostAsync(ActivityFactory.GroupMention("help", conversationId: "19:wg@thread.v2"))) { }
        Connector.Clear();

        for (var i = 0; i < 2; i++)
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            var via = await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().FindByConversationAsync("19:wg@thread.v2", CancellationToken.None);
            var messenger = scope.ServiceProvider.GetRequiredService<ProactiveMessenger>();
            await messenger.SendToUserAsync("29:nigora", via!, r => r.CreateMessage($"hello {i}"), CancellationToken.None);
        }

        var (serviceUrl, parameters) = Assert.Single(Connector.Created);
        Assert.Equal(ActivityFactory.ServiceUrl, serviceUrl);
        Assert.Equal(ActivityFactory.TenantId, parameters.TenantId);
        Assert.Equal("29:nigora", Assert.Single(parameters.Members!).Id);
        Assert.Equal(ActivityFactory.BotId, parameters.Bot?.Id);
        Assert.False(parameters.IsGroup);

        Assert.Equal(2, Connector.Sent.Count);
        Assert.All(Connector.Sent, a =>
        {
            Assert.Equal("29:nigora", a.Recipient?.Id);
            Assert.StartsWith("conv-", a.Conversation?.Id, StringComparison.Ordinal);
            Assert.Null(a.ReplyToId);
        });
    }
}

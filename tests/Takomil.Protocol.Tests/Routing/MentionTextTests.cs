using Takomil.Protocol.Activities;
using Takomil.Protocol.Routing;

namespace Takomil.Protocol.Tests.Routing;

public sealed class MentionTextTests
{
    private static Activity WithMention(string text, string mentionedId, string mentionText) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = new ChannelAccount { Id = "28:bot", Name = "Takomil" },
        Entities = [Entity.FromMention(new ChannelAccount { Id = mentionedId, Name = "x" }, mentionText)],
    };

    [Fact]
    public void RemoveRecipientMention_BotMention_IsRemoved()
    {
        var activity = WithMention("<at>Takomil</at> help", "28:bot", "<at>Takomil</at>");
        Assert.Equal("help", MentionText.RemoveRecipientMention(activity));
    }

    [Fact]
    public void RemoveRecipientMention_OtherPersonMention_IsKept()
    {
        // "add @Nigora interviewee" must keep Nigora for the handler to read.
        var activity = WithMention("add <at>Nigora Yusupova</at> interviewee", "29:nigora", "<at>Nigora Yusupova</at>");
        Assert.Equal("add <at>Nigora Yusupova</at> interviewee", MentionText.RemoveRecipientMention(activity));
    }

    [Fact]
    public void RemoveRecipientMention_NbspAndExtraSpaces_AreCollapsed()
    {
        var activity = WithMention("<at>Takomil</at>&nbsp; status \n  12", "28:bot", "<at>Takomil</at>");
        Assert.Equal("status 12", MentionText.RemoveRecipientMention(activity));
    }

    [Fact]
    public void RemoveRecipientMention_NoText_IsEmpty()
    {
        Assert.Equal(string.Empty, MentionText.RemoveRecipientMention(new Activity { Type = ActivityTypes.Message }));
    }
}

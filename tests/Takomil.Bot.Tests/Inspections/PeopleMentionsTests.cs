using Takomil.Bot.Inspections;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Protocol.Activities;

namespace Takomil.Bot.Tests.Inspections;

/// <summary>People are taken from mention entities only; the bot, chats and channels are no people.</summary>
public sealed class PeopleMentionsTests
{
    [Fact]
    public void Split_PeopleAndWords_TakesPeopleFromEntitiesAndLeavesTheRoleWords()
    {
        var activity = Chat.Group("m").Say(Person.Dilnoza, $"add {Person.Bobur.At} {Person.Nigora.At} {Person.Bobur.At} member", mentions: [Person.Bobur, Person.Nigora, Person.Bobur]);

        var (people, remainder) = PeopleMentions.Split(activity, $"{Person.Bobur.At} {Person.Nigora.At} {Person.Bobur.At} member");

        Assert.Equal([Person.Bobur.Id, Person.Nigora.Id], people.Select(p => p.Id));
        Assert.Equal("Bobur Toshmatov", people[0].Name);
        Assert.Equal("member", remainder);
    }

    [Fact]
    public void Split_BotChannelAndUnmatchedMentions_AreNotPeople()
    {
        var activity = Chat.Group("m").Say(Person.Dilnoza, "add <at>General</at> <at>Other bot</at> member", mentions: []);
        activity.Entities!.Add(Entity.FromMention(new ChannelAccount { Id = "19:general@thread.tacv2", Name = "General" }, "<at>General</at>"));
        activity.Entities.Add(Entity.FromMention(new ChannelAccount { Id = "28:other-bot", Name = "Other bot" }, "<at>Other bot</at>"));
        activity.Entities.Add(Person.Sergey.Mention); // mentioned in the entities but not in this text

        var (people, remainder) = PeopleMentions.Split(activity, "<at>General</at> <at>Other bot</at> member");

        Assert.Empty(people);
        Assert.Equal("<at>General</at> <at>Other bot</at> member", remainder);
    }
}

using Takomil.EndToEnd.Tests.Infrastructure;
using Takomil.Testing;

namespace Takomil.EndToEnd.Tests.Journeys;

/// <summary>The mock Teams context the journeys run in (no browser needed).</summary>
public sealed class PlaygroundMockContextTests
{
    private static string ConfigPath => PlaygroundFile("takomil.playground.yml");

    private static string PlaygroundFile(string name) => Path.Combine(
        TestAssets.RepositoryRoot ?? throw new InvalidOperationException(TestAssets.RepositoryReason),
        "tests", "playground", name);

    [Fact]
    public void Load_TakomilPlaygroundFile_HasBotGroupChatTeamAndExactlyFiveOtherPeople()
    {
        var context = PlaygroundMockContext.Load(ConfigPath);

        Assert.Equal("Takomil", context.BotName);
        Assert.Equal("Dilnoza Karimova", context.CurrentUserName);
        // The playground's mock context takes exactly five other users (shared docs/playground.md).
        Assert.Equal(5, context.OtherUserNames.Count);
        Assert.DoesNotContain(context.CurrentUserName, context.OtherUserNames);
        Assert.Equal("Ishchi guruh — Pasport xizmati", context.GroupChatName);
        Assert.Equal(["General", "Inspections"], context.ChannelNames);
    }

    [Fact]
    public void Load_BoburPlaygroundFile_IsTheSameTeamsWorldSeenByBobur()
    {
        var dilnoza = PlaygroundMockContext.Load(ConfigPath);
        var bobur = PlaygroundMockContext.Load(PlaygroundFile("takomil.playground.bobur.yml"));

        Assert.Equal("Bobur Toshmatov", bobur.CurrentUserName);
        Assert.Equal("29:bobur-toshmatov", bobur.CurrentUserId);
        // Same tenant, bot and chats, so the bot sees one group chat with two people talking in it.
        Assert.Equal(dilnoza.TenantId, bobur.TenantId);
        Assert.Equal(dilnoza.BotId, bobur.BotId);
        Assert.Equal(dilnoza.BotName, bobur.BotName);
        Assert.Equal(dilnoza.GroupChatId, bobur.GroupChatId);
        Assert.Equal(dilnoza.GroupChatName, bobur.GroupChatName);
        Assert.Equal(dilnoza.TeamName, bobur.TeamName);
        Assert.Equal(5, bobur.OtherUserNames.Count);
        Assert.Equal(dilnoza.PeopleNames.Order(StringComparer.Ordinal), bobur.PeopleNames.Order(StringComparer.Ordinal));
    }
}

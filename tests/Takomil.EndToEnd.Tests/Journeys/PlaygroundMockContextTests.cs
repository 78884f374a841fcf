using Takomil.EndToEnd.Tests.Infrastructure;
using Takomil.Testing;

namespace Takomil.EndToEnd.Tests.Journeys;

/// <summary>The mock Teams context the journeys run in (no browser needed).</summary>
public sealed class PlaygroundMockContextTests
{
    private static string ConfigPath => Path.Combine(
        TestAssets.RepositoryRoot ?? throw new InvalidOperationException(TestAssets.RepositoryReason),
        "tests", "playground", "takomil.playground.yml");

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
}

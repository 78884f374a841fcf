using YamlDotNet.RepresentationModel;

namespace Takomil.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The names the playground shows, read from the mock Teams context it is started with
/// (<c>tests/playground/takomil.playground.yml</c>), so journeys never repeat them by hand.
/// </summary>
public sealed record PlaygroundMockContext(
    string BotName,
    string CurrentUserName,
    IReadOnlyList<string> OtherUserNames,
    string GroupChatName,
    string TeamName,
    IReadOnlyList<string> ChannelNames,
    string TenantId,
    string BotId,
    string CurrentUserId,
    string GroupChatId)
{
    private static readonly Lazy<PlaygroundMockContext> Loaded = new(() => Load(EndToEndEnvironment.PlaygroundConfigPath));

    public static PlaygroundMockContext Current => Loaded.Value;

    /// <summary>Everyone who can be @mentioned in a chat: the current user and the others.</summary>
    public IEnumerable<string> PeopleNames => OtherUserNames.Prepend(CurrentUserName);

    public static PlaygroundMockContext Load(string path)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var team = Map(root, "team");
        var channels = team.Children.TryGetValue(new YamlScalarNode("channels"), out var list) && list is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlMappingNode>().Select(c => Text(c, "name")).ToList()
            : [];
        // The playground always lists a General channel first, whatever the file says.
        if (!channels.Contains("General", StringComparer.Ordinal))
        {
            channels.Insert(0, "General");
        }

        var users = root.Children.TryGetValue(new YamlScalarNode("users"), out var userList) && userList is YamlSequenceNode userSequence
            ? userSequence.Children.OfType<YamlMappingNode>().Select(u => Text(u, "name")).ToList()
            : [];
        return new PlaygroundMockContext(
            Text(Map(root, "bot"), "name"),
            Text(Map(root, "currentUser"), "name"),
            users,
            Text(Map(root, "groupChat"), "name"),
            Text(team, "name"),
            channels,
            Text(root, "tenantId"),
            Text(Map(root, "bot"), "id"),
            Text(Map(root, "currentUser"), "id"),
            Text(Map(root, "groupChat"), "id"));
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlMappingNode map
            ? map
            : throw new InvalidDataException($"The playground context has no '{key}' section.");

    private static string Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlScalarNode { Value: { Length: > 0 } value }
            ? value
            : throw new InvalidDataException($"The playground context has no '{key}' value.");
}

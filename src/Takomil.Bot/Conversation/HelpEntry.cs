namespace Takomil.Bot.Conversation;

/// <summary>
/// A line of the help card: the resource keys of a command's usage and description. Registered
/// beside the command (not taken from the handler) so the help card never depends on handlers.
/// </summary>
public sealed record HelpEntry(string UsageKey, string DescriptionKey, int Order);

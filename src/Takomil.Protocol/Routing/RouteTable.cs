namespace Takomil.Protocol.Routing;

/// <summary>
/// Keyword → command and verb → card-action lookup, built once at start-up. A keyword or verb
/// claimed twice throws here, so a duplicate never reaches a user.
/// </summary>
public sealed class RouteTable
{
    private readonly Dictionary<string, ICommandHandler> _commands = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ICardActionHandler> _verbs = new(StringComparer.Ordinal);

    public RouteTable(IEnumerable<ICommandHandler> commands, IEnumerable<ICardActionHandler> cardActions)
    {
        ArgumentNullException.ThrowIfNull(commands);
        ArgumentNullException.ThrowIfNull(cardActions);
        foreach (var handler in commands)
        {
            foreach (var keyword in handler.Keywords)
            {
                var key = Normalize(keyword);
                if (key.Length == 0 || key.Contains(' ', StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Command keyword '{keyword}' of {handler.GetType().Name} must be one non-empty word.");
                }
                if (!_commands.TryAdd(key, handler))
                {
                    throw new InvalidOperationException(
                        $"Command keyword '{keyword}' is claimed by both {_commands[key].GetType().Name} and {handler.GetType().Name}.");
                }
            }
        }
        foreach (var handler in cardActions)
        {
            if (string.IsNullOrWhiteSpace(handler.Verb))
            {
                throw new InvalidOperationException($"{handler.GetType().Name} has an empty verb.");
            }
            if (!_verbs.TryAdd(handler.Verb, handler))
            {
                throw new InvalidOperationException(
                    $"Card verb '{handler.Verb}' is claimed by both {_verbs[handler.Verb].GetType().Name} and {handler.GetType().Name}.");
            }
        }
    }

    public IReadOnlyCollection<string> Keywords => _commands.Keys;

    public IReadOnlyCollection<string> Verbs => _verbs.Keys;

    /// <summary>Matches the first word of <paramref name="text"/>; returns the handler and the rest.</summary>
    public bool TryMatchCommand(string text, out ICommandHandler? handler, out string arguments)
    {
        handler = null;
        arguments = string.Empty;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny([' ', '\t', '\n', '\r']);
        var first = space < 0 ? trimmed : trimmed[..space];
        if (!_commands.TryGetValue(Normalize(first), out handler)) return false;
        arguments = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();
        return true;
    }

    public bool TryMatchVerb(string verb, out ICardActionHandler? handler) => _verbs.TryGetValue(verb, out handler);

    // Users type "/help", "Help!" or "help." — the keyword is the letters.
    private static string Normalize(string word) => word.Trim().TrimStart('/').TrimEnd('.', '!', '?', ':').ToLowerInvariant();
}

using Microsoft.Extensions.DependencyInjection;

namespace Takomil.Protocol.Routing;

/// <summary>Marks a handler type as a command or a card action; added by <c>AddCommand</c>/<c>AddCardAction</c>.</summary>
public sealed record HandlerRegistration(Type HandlerType);

/// <summary>
/// Keyword → command and verb → card-action lookup, built once at start-up. A keyword or verb
/// claimed twice throws here, so a duplicate never reaches a user. Handlers are scoped (they may
/// use the database); the table keeps their types and resolves them per turn.
/// </summary>
public sealed class RouteTable
{
    private readonly Dictionary<string, Type> _commands = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Type> _verbs = new(StringComparer.Ordinal);

    public RouteTable(IEnumerable<HandlerRegistration> registrations, IServiceScopeFactory scopes)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        ArgumentNullException.ThrowIfNull(scopes);
        using var scope = scopes.CreateScope();
        foreach (var registration in registrations.DistinctBy(r => r.HandlerType))
        {
            var handler = scope.ServiceProvider.GetRequiredService(registration.HandlerType);
            if (handler is ICommandHandler command) AddCommand(command);
            if (handler is ICardActionHandler card) AddVerb(card);
        }
    }

    public IReadOnlyCollection<string> Keywords => _commands.Keys;

    public IReadOnlyCollection<string> Verbs => _verbs.Keys;

    /// <summary>Matches the first word of <paramref name="text"/>; returns the handler and the rest.</summary>
    public bool TryMatchCommand(string text, IServiceProvider services, out ICommandHandler? handler, out string arguments)
    {
        handler = null;
        arguments = string.Empty;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny([' ', '\t', '\n', '\r']);
        var first = space < 0 ? trimmed : trimmed[..space];
        if (!_commands.TryGetValue(Normalize(first), out var type)) return false;
        handler = (ICommandHandler)services.GetRequiredService(type);
        arguments = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();
        return true;
    }

    public bool TryMatchVerb(string verb, IServiceProvider services, out ICardActionHandler? handler)
    {
        handler = _verbs.TryGetValue(verb, out var type) ? (ICardActionHandler)services.GetRequiredService(type) : null;
        return handler is not null;
    }

    private void AddCommand(ICommandHandler handler)
    {
        foreach (var keyword in handler.Keywords)
        {
            var key = Normalize(keyword);
            if (key.Length == 0 || key.Contains(' ', StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Command keyword '{keyword}' of {handler.GetType().Name} must be one non-empty word.");
            }
            if (_commands.TryGetValue(key, out var existing) && existing != handler.GetType())
            {
                throw new InvalidOperationException(
                    $"Command keyword '{keyword}' is claimed by both {existing.Name} and {handler.GetType().Name}.");
            }
            _commands[key] = handler.GetType();
        }
    }

    private void AddVerb(ICardActionHandler handler)
    {
        if (string.IsNullOrWhiteSpace(handler.Verb))
        {
            throw new InvalidOperationException($"{handler.GetType().Name} has an empty verb.");
        }
        if (!_verbs.TryAdd(handler.Verb, handler.GetType()))
        {
            throw new InvalidOperationException(
                $"Card verb '{handler.Verb}' is claimed by both {_verbs[handler.Verb].Name} and {handler.GetType().Name}.");
        }
    }

    /// <summary>The form a command word is matched in: users type "/help", "Help!" or "help." — the keyword is the letters.</summary>
    public static string NormalizeKeyword(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Normalize(word);
    }

    private static string Normalize(string word) => word.Trim().TrimStart('/').TrimEnd('.', '!', '?', ':').ToLowerInvariant();
}

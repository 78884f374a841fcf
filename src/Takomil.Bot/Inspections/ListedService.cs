using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Domain.Services;

namespace Takomil.Bot.Inspections;

/// <summary>A service on an approved List, with its provider and its inspection of that year if one exists.</summary>
public sealed record ListedService(Service Service, DateOnly Deadline, Agency? Provider, Inspection? Inspection)
{
    /// <summary>True when <paramref name="query"/> is the code, or part of a name in any language.</summary>
    public bool Matches(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var q = RoleWords.Normalize(query);
        if (q.Length == 0) return false;
        var n = Service.Name;
        return new[] { n.UzLatn, n.UzCyrl, n.Ru, n.En }
            .Any(name => name is not null && RoleWords.Normalize(name).Contains(q, StringComparison.Ordinal));
    }

    public bool HasCode(string query) => string.Equals(Service.Code, query.Trim(), StringComparison.OrdinalIgnoreCase);

    public string Name(UiLanguage language) => Service.Name.For(language);
}

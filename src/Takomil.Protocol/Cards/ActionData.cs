using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Takomil.Protocol.Cards;

/// <summary>
/// The <c>data</c> of a card action: a few string ids and nothing else. Cards carry references;
/// the database holds the facts, so a stale or forged card cannot smuggle state in.
/// Keys follow <see cref="KeyPattern"/>, <see cref="VerbKey"/> and <c>msteams</c> are reserved
/// (the first carries the verb on <c>Action.Submit</c>, the second changes how Teams sends it).
/// </summary>
[JsonConverter(typeof(ActionDataConverter))]
public sealed partial class ActionData
{
    /// <summary>The key under which an <c>Action.Submit</c> (or Execute's fallback) carries its verb.</summary>
    public const string VerbKey = "verb";

    public const int MaxEntries = 16;
    public const int MaxValueLength = 256;
    public const string KeyPattern = "^[A-Za-z][A-Za-z0-9_]{0,63}$";

    private readonly KeyValuePair<string, string>[] _entries;

    private ActionData(KeyValuePair<string, string>[] entries) => _entries = entries;

    public static ActionData Empty { get; } = new([]);

    public IReadOnlyList<KeyValuePair<string, string>> Entries => _entries;

    public int Count => _entries.Length;

    public static ActionData From(IReadOnlyDictionary<string, string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return Create(ids.Select(p => KeyValuePair.Create(p.Key, p.Value)));
    }

    public static ActionData Of(params (string Key, string Value)[] ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return Create(ids.Select(p => KeyValuePair.Create(p.Key, p.Value)));
    }

    public bool ContainsKey(string key) => _entries.Any(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="name"/> may be used as a data key or an input id.</summary>
    public static bool IsValidKey(string? name) =>
        name is not null && KeyRegex().IsMatch(name) && !IsReserved(name);

    /// <summary>The same ids preceded by <c>verb</c>, for <c>Action.Submit</c>.</summary>
    internal ActionData WithVerb(string verb) =>
        new([KeyValuePair.Create(VerbKey, verb), .. _entries]);

    private static bool IsReserved(string name) =>
        string.Equals(name, VerbKey, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, "msteams", StringComparison.OrdinalIgnoreCase);

    private static ActionData Create(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var entries = pairs.ToArray();
        if (entries.Length > MaxEntries)
        {
            throw new ArgumentException($"Card data holds ids only: at most {MaxEntries} entries, got {entries.Length}.", nameof(pairs));
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in entries)
        {
            if (!IsValidKey(key))
            {
                throw new ArgumentException($"Card data key '{key}' must match {KeyPattern} and not be '{VerbKey}' or 'msteams'.", nameof(pairs));
            }

            if (!seen.Add(key))
            {
                throw new ArgumentException($"Card data key '{key}' appears twice.", nameof(pairs));
            }

            if (value is null || value.Length > MaxValueLength || value.Any(char.IsControl))
            {
                throw new ArgumentException($"Card data '{key}' must be an id: non-null, at most {MaxValueLength} characters, no control characters.", nameof(pairs));
            }
        }

        return new ActionData(entries);
    }

    [GeneratedRegex(KeyPattern, RegexOptions.CultureInvariant)]
    private static partial Regex KeyRegex();

    private sealed class ActionDataConverter : JsonConverter<ActionData>
    {
        public override ActionData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Incoming action data is read as JSON, not as ActionData.");

        public override void Write(Utf8JsonWriter writer, ActionData value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (key, id) in value._entries)
            {
                writer.WriteString(key, id);
            }

            writer.WriteEndObject();
        }
    }
}

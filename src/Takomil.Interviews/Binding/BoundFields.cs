using System.Globalization;
using System.Text.RegularExpressions;
using Takomil.Domain.Common;

namespace Takomil.Interviews;

/// <summary>
/// The values of one model item (one legal act, one procedure, the cost section...) by field name, with typed
/// readers that accept what questions and calculations produce.
/// </summary>
internal sealed partial class BoundFields(string groupPath, Dictionary<string, BoundValue> values)
{
    public string GroupPath { get; } = groupPath;

    public IReadOnlyDictionary<string, BoundValue> Values => values;

    /// <summary>Splits values into items: "facts.legalActs[2].title" → group "facts.legalActs[2]", field "title".</summary>
    public static List<BoundFields> Group(IEnumerable<BoundValue> values, string section)
    {
        var groups = new Dictionary<string, Dictionary<string, BoundValue>>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (!value.Path.StartsWith(section, StringComparison.Ordinal)) continue;
            var rest = value.Path[section.Length..];
            string group, field;
            var m = Indexed().Match(rest);
            if (m.Success)
            {
                group = section + m.Groups[1].Value;
                field = m.Groups[2].Value;
            }
            else if (rest.StartsWith('.'))
            {
                group = section;
                field = rest[1..];
            }
            else
            {
                continue;
            }
            if (!groups.TryGetValue(group, out var fields)) groups[group] = fields = new Dictionary<string, BoundValue>(StringComparer.Ordinal);
            fields[field] = value;
        }
        return [.. groups.OrderBy(g => IndexOf(g.Key)).Select(g => new BoundFields(g.Key, g.Value))];
    }

    public bool Has(string field) => values.ContainsKey(field);

    /// <summary>Whether any field of a nested list ("fees[0].amount") was given.</summary>
    public bool HasList(string name) => values.Keys.Any(k => k.StartsWith(name + "[", StringComparison.Ordinal));

    public List<BoundFields> Nested(string name) => Group(values.Values, GroupPath + "." + name);

    public string? Text(string field) => values.TryGetValue(field, out var v) ? v.Value switch
    {
        null => null,
        string s => s,
        string[] list => string.Join(", ", list),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.Display,
    } : null;

    /// <summary>A list: select-many values as they are, text split at line breaks and ";" (and "," when <paramref name="commas"/>).</summary>
    public IReadOnlyList<string>? List(string field, bool commas = true)
    {
        if (!values.TryGetValue(field, out var v)) return null;
        if (v.Value is string[] items) return items;
        var text = Text(field) ?? string.Empty;
        char[] separators = commas ? ['\n', '\r', ';', ','] : ['\n', '\r', ';'];
        return [.. text.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    public DateOnly? Date(string field) => values.TryGetValue(field, out var v) && v.Value is DateOnly d ? d : null;

    public bool? Bool(string field) => values.TryGetValue(field, out var v) ? v.Value as bool? : null;

    public decimal? Number(string field) => values.TryGetValue(field, out var v) ? v.Value switch
    {
        long l => l,
        decimal d => d,
        int i => i,
        Amount a => a.Uzs,
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    } : null;

    public long? Long(string field) => Number(field) is { } n && n == decimal.Truncate(n) ? (long)n : null;

    public TimeLimit? Limit(string field) => values.TryGetValue(field, out var v) ? v.Value as TimeLimit : null;

    public Amount? Money(string field) => values.TryGetValue(field, out var v) ? v.Value switch
    {
        Amount a => a,
        decimal d => new Amount(d, null),
        long l => new Amount(l, null),
        _ => null,
    } : null;

    /// <summary>A choice value ("legal_entities") as an enum member (LegalEntities).</summary>
    public T? Enum<T>(string field)
        where T : struct, Enum => ParseEnum<T>(Text(field));

    public IReadOnlyList<T>? Enums<T>(string field)
        where T : struct, Enum => List(field) is { } list ? [.. list.Select(ParseEnum<T>).OfType<T>()] : null;

    public static T? ParseEnum<T>(string? value)
        where T : struct, Enum =>
        value is not null && System.Enum.TryParse<T>(value.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal), true, out var e)
            && System.Enum.IsDefined(e) ? e : null;

    public string Display(string field) => values.TryGetValue(field, out var v) ? v.Display : string.Empty;

    private static int IndexOf(string group)
    {
        var m = LastIndex().Match(group);
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
    }

    [GeneratedRegex(@"^(\[\d+\])\.(.+)$")]
    private static partial Regex Indexed();

    [GeneratedRegex(@"\[(\d+)\]$")]
    private static partial Regex LastIndex();
}

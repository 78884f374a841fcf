using System.Globalization;

namespace Takomil.Interviews;

/// <summary>A choice as offered now: its value and its label in every language (labels from answers are the same in all).</summary>
internal sealed record OfferedChoice(string Value, LocalText Label);

/// <summary>Picks choices by number ("2"), value, or label in any language, case and apostrophes ignored.</summary>
internal static class ChoiceMatcher
{
    public static string? One(string text, IReadOnlyList<OfferedChoice> choices)
    {
        var folded = Words.Fold(text).TrimEnd('.');
        if (int.TryParse(folded, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= choices.Count)
        {
            return choices[n - 1].Value;
        }
        foreach (var choice in choices)
        {
            if (Words.Fold(choice.Value) == folded || choice.Label.All.Any(l => Words.Fold(l) == folded)) return choice.Value;
        }
        return null;
    }

    public static IReadOnlyList<string>? Many(string text, IReadOnlyList<OfferedChoice> choices)
    {
        if (One(text, choices) is { } single) return [single];
        var parts = text.Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 1)
        {
            // "1 3 4": numbers separated by spaces.
            parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!parts.All(p => p.All(char.IsAsciiDigit))) return null;
        }
        var values = new List<string>();
        foreach (var part in parts)
        {
            if (One(part, choices) is not { } value) return null;
            if (!values.Contains(value)) values.Add(value);
        }
        return values.Count == 0 ? null : values;
    }
}

using System.Globalization;
using Takomil.Bot.Localization;
using Takomil.Domain.Access;

namespace Takomil.Bot.Inspections;

/// <summary>
/// The words people type for working-group roles (<c>Role.{Role}.Words</c>, <c>word|word</c> in each language).
/// A word in any of the four languages is understood, whatever language the user reads.
/// </summary>
public sealed class RoleWords
{
    private readonly Texts _texts;
    private readonly Dictionary<string, WorkingGroupRole> _byWord = new(StringComparer.OrdinalIgnoreCase);

    public RoleWords(Texts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        _texts = texts;
        foreach (var role in Enum.GetValues<WorkingGroupRole>())
        {
            foreach (var word in texts.Keywords(WordsKey(role)))
            {
                _byWord[Normalize(word)] = role;
            }
        }
    }

    public static string WordsKey(WorkingGroupRole role) => $"Role.{role}.Words";

    public bool TryParse(string word, out WorkingGroupRole role) => _byWord.TryGetValue(Normalize(word), out role);

    /// <summary>The first word of each role in <paramref name="culture"/>'s language, for "say one of …" hints.</summary>
    public string Hint(CultureInfo culture) =>
        string.Join(", ", Enum.GetValues<WorkingGroupRole>()
            .Select(r => _texts.Get(WordsKey(r), culture).Split('|')[0].Trim()));

    /// <summary>Uzbek is typed with any of several apostrophes (oʻ, o', o‘, o’; aʼzo, a'zo): read them all as one.</summary>
    public static string Normalize(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var chars = word.Trim().Trim(',', '.', ';', ':', '!', '?').ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is 'ʻ' or 'ʼ' or '‘' or '’' or '`' or '´') chars[i] = '\'';
        }
        return new string(chars);
    }
}

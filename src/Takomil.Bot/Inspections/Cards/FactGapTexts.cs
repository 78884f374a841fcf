using System.Globalization;
using System.Text.RegularExpressions;
using Takomil.Bot.Localization;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Protocol.Cards;

namespace Takomil.Bot.Inspections.Cards;

/// <summary>
/// What a section of p. 11 still lacks, in words: the domain reports field paths ("legalActs[0].number"); this
/// names the field and the item ("number (No. 1)"). A path shape it does not know is shown as the path itself.
/// </summary>
public sealed partial class FactGapTexts(Texts texts)
{
    public const string FieldPrefix = "Facts.Field.";
    private const int Shown = 3;

    private static readonly Lazy<HashSet<string>> KnownKeys = new(() => Texts.AllKeys().ToHashSet(StringComparer.Ordinal));

    /// <summary>Trusted markdown: "✓ complete", "nothing recorded yet", or up to three missing items and how many more.</summary>
    public string Describe(SectionCompleteness section, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(section);
        if (section.IsComplete) return texts.Get("Facts.Complete", culture);
        var items = section.Missing.Select(m => Item(m, culture)).Distinct(StringComparer.Ordinal).ToList();
        // An empty section says so plainly rather than "missing: nothing recorded yet".
        var nothing = texts.Get("Facts.Missing.Nothing", culture);
        if (items.Count == 1 && items[0] == nothing) return nothing;
        var listed = string.Join(", ", items.Take(Shown));
        if (items.Count > Shown) listed += " " + texts.Format("Facts.MoreMissing", culture, items.Count - Shown);
        return texts.Format("Facts.MissingList", culture, listed);
    }

    public string Item(Refusal missing, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(missing);
        if (missing.Code == ReasonCodes.FactStatisticsYearMissing)
        {
            return texts.Format("Facts.Missing.StatisticsYear", culture, MarkdownText.Escape(missing.Args.GetValueOrDefault("year") ?? "?"));
        }
        var path = missing.Args.GetValueOrDefault("path") ?? string.Empty;
        if (path.Contains("[role=Provider]", StringComparison.Ordinal)) return texts.Get("Facts.Missing.Provider", culture);
        var segments = path.Split('.');
        if (segments.Length == 1 && !path.Contains('[', StringComparison.Ordinal)) return texts.Get("Facts.Missing.Nothing", culture);
        var field = Indexer().Replace(segments[^1], string.Empty);
        var key = FieldPrefix + field;
        if (!KnownKeys.Value.Contains(key)) return MarkdownText.Escape(path);
        var name = texts.Get(key, culture);
        var index = Indexer().Match(path);
        return index.Success && int.TryParse(index.Groups[1].Value, CultureInfo.InvariantCulture, out var i)
            ? texts.Format("Facts.Missing.ItemField", culture, name, i + 1)
            : name;
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Indexer();
}

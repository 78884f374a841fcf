using System.Globalization;
using Takomil.Bot.Inspections;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Interviews.Cards;
using Takomil.Domain.Common;
using Takomil.Protocol.Cards;
using Takomil.Storage.Inspections;
using Takomil.Storage.Interviews;

namespace Takomil.Bot.Interviews;

/// <summary>Loads an inspection's open conflicts with the names of who gave each value, as the conflict card shows them.</summary>
public sealed class ConflictViews(
    InterviewSessions sessions, InspectionRepository inspections, CatalogRepository catalog, OfficialDirectory officials, ConflictCard card)
{
    public async Task<AdaptiveCard?> CardAsync(Guid inspectionId, CultureInfo culture, Notice? notice, CancellationToken cancellationToken)
    {
        var inspection = await inspections.FindAsync(inspectionId, cancellationToken).ConfigureAwait(false);
        if (inspection is null) return null;
        var service = await catalog.FindServiceAsync(inspection.ServiceId, cancellationToken).ConfigureAwait(false);
        var open = await sessions.ConflictsOfAsync(inspectionId, openOnly: true, cancellationToken).ConfigureAwait(false);
        var ids = open.SelectMany(c => new[] { c.ExistingOfficialId, c.NewOfficialId }).OfType<Guid>();
        var people = await officials.LoadAsync(ids, cancellationToken).ConfigureAwait(false);
        var language = culture.Name switch
        {
            "uz-Cyrl" => UiLanguage.UzCyrl,
            "ru" => UiLanguage.Ru,
            "en" => UiLanguage.En,
            _ => UiLanguage.UzLatn,
        };
        return card.Build(service?.Name.For(language) ?? string.Empty, open, people.ToDictionary(p => p.Key, p => p.Value.DisplayName),
            FieldName, culture, notice);
    }

    /// <summary>"facts.legalActs[0].number" → "legalActs 1 › number": where the value sits, readable without the model's code.</summary>
    public static string FieldName(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var trimmed = path.StartsWith("facts.", StringComparison.Ordinal) ? path[6..] : path.StartsWith("asis.", StringComparison.Ordinal) ? path[5..] : path;
        var readable = System.Text.RegularExpressions.Regex.Replace(trimmed, @"\[(\d+)\]",
            m => " " + (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture));
        return readable.Replace(".", " › ", StringComparison.Ordinal);
    }
}

using System.Globalization;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Protocol.Cards;
using Takomil.Storage.Interviews;

namespace Takomil.Bot.Interviews.Cards;

/// <summary>
/// Answers that clash: for each, the stored value and who gave it, the new value and who gave it, and a button for
/// each. The buttons carry the conflict id and the choice only; the pick is applied through the domain.
/// </summary>
public sealed class ConflictCard(Texts texts)
{
    public const string ResolveVerb = "interview.resolve";
    public const string ConflictKey = "conflictId";
    public const string ChoiceKey = "choice";

    /// <summary>More would make the card too long to read (and near Teams' size limit); the rest follow once these are decided.</summary>
    public const int MaxShown = 10;

    public AdaptiveCard Build(string serviceName, IReadOnlyList<AnswerConflictRow> conflicts, IReadOnlyDictionary<Guid, string> names,
        Func<string, string> fieldName, CultureInfo culture, Notice? notice = null)
    {
        ArgumentNullException.ThrowIfNull(conflicts);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(fieldName);
        var unknown = texts.Get("Person.Unknown", culture);
        string Name(Guid? id) => id is { } g && names.TryGetValue(g, out var n) ? n : unknown;
        var body = new List<CardElement>();
        if (notice is not null) body.Add(InspectionCardParts.NoticeBlock(notice));
        body.Add(TextBlock.Markdown(texts.Get("Conflicts.Title", culture)) with { Size = FontSize.Large, Weight = FontWeight.Bolder, Style = TextBlockStyle.Heading });
        body.Add(TextBlock.Plain(serviceName) with { IsSubtle = true, Spacing = Spacing.None });
        if (conflicts.Count == 0) body.Add(TextBlock.Markdown(texts.Get("Conflicts.None", culture)));
        foreach (var c in conflicts.Take(MaxShown))
        {
            var id = c.Id.ToString();
            body.Add(TextBlock.Plain(fieldName(c.Path)) with { Weight = FontWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
            body.Add(new FactSet(
            [
                Fact.Plain(texts.Format("Conflicts.Stored", culture, Name(c.ExistingOfficialId)), c.ExistingDisplay),
                Fact.Plain(texts.Format("Conflicts.New", culture, Name(c.NewOfficialId)), c.NewDisplay),
            ]));
            body.Add(new ActionSet(
            [
                ExecuteAction.Create(ResolveVerb, texts.Get("Conflicts.Keep", culture),
                    new Dictionary<string, string> { [ConflictKey] = id, [ChoiceKey] = AnswerConflictRow.KeepExisting }),
                ExecuteAction.Create(ResolveVerb, texts.Get("Conflicts.Take", culture),
                    new Dictionary<string, string> { [ConflictKey] = id, [ChoiceKey] = AnswerConflictRow.TakeNew }),
            ]));
        }
        if (conflicts.Count > MaxShown) body.Add(TextBlock.Markdown(texts.Format("Conflicts.More", culture, conflicts.Count - MaxShown)) with { IsSubtle = true });
        return new AdaptiveCard { Body = body, FallbackText = texts.Get("Conflicts.Title", culture) };
    }
}

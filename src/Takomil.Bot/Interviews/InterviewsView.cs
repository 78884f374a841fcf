using System.Globalization;
using Takomil.Bot.Inspections;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Interviews.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Access;
using Takomil.Domain.Inspections;
using Takomil.Interviews;
using Takomil.Protocol.Cards;
using Takomil.Storage.Inspections;
using Takomil.Storage.Interviews;

namespace Takomil.Bot.Interviews;

/// <summary>Builds the lead's interviews card from the database: each interview's progress, who may be asked, the sections.</summary>
public sealed class InterviewsView(
    Texts texts, ScriptCatalog scripts, InterviewSessions sessions, CatalogRepository catalog, OfficialDirectory officials,
    SystemRoleGrants grants, InterviewsCard card, TimeProvider time)
{
    public async Task<AdaptiveCard> BuildAsync(Inspection inspection, bool mayAsk, string language, Notice? notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var culture = BotLanguages.Culture(language);
        var uiLanguage = OfficialDirectoryLanguage(language);
        var service = await catalog.FindServiceAsync(inspection.ServiceId, cancellationToken).ConfigureAwait(false);
        var rows = await sessions.ForInspectionAsync(inspection.Id, cancellationToken).ConfigureAwait(false);
        var people = await officials.LoadAsync(rows.Select(r => r.IntervieweeId).Concat(inspection.Members.Select(m => m.OfficialId)), cancellationToken).ConfigureAwait(false);
        var unknown = texts.Get("Person.Unknown", culture);
        var lines = rows.Where(r => r.Status != InterviewSessionStatus.Cancelled)
            .Select(r => new InterviewLine(people.TryGetValue(r.IntervieweeId, out var o) ? o.DisplayName : unknown,
                scripts.Find(r.ScriptId)?.Title(language) ?? r.ScriptId, Progress(r, language, culture)))
            .ToList();
        var conflicts = await sessions.ConflictsOfAsync(inspection.Id, openOnly: true, cancellationToken).ConfigureAwait(false);
        var askable = mayAsk
            ? inspection.Members
                .Where(m => people.ContainsKey(m.OfficialId))
                .Where(m => MayAnswer(inspection, people[m.OfficialId]))
                .Select(m => (m.OfficialId, people[m.OfficialId].DisplayName))
                .OrderBy(p => p.DisplayName, StringComparer.CurrentCulture).ToList()
            : [];
        var sections = scripts.Scripts.Select(s => (s.Id, s.Title(language))).ToList();
        return card.Build(inspection.Id, service?.Name.For(uiLanguage) ?? string.Empty, service?.Code ?? string.Empty, lines, conflicts.Count,
            askable, sections, culture, notice);
    }

    private bool MayAnswer(Inspection inspection, Domain.Agencies.Official official)
    {
        var actor = inspection.ActorFor(official.Id, grants.Effective(official));
        return AccessPolicy.Allows(actor, Permission.AnswerInterview) || AccessPolicy.Allows(actor, Permission.EditFacts);
    }

    /// <summary>"7 / 23", "7 / 23 · paused 2 days ago", "all answered, awaiting confirmation", "done 23.11.2026".</summary>
    private string Progress(InterviewSessionRow row, string language, CultureInfo culture)
    {
        var days = Math.Max(0, (int)(time.GetUtcNow() - row.LastActivityAt).TotalDays);
        switch (row.Status)
        {
            case InterviewSessionStatus.Confirmed:
                return texts.Format("Interviews.Line.Done", culture, InspectionCardParts.Date(DateOnly.FromDateTime((row.CompletedAt ?? row.LastActivityAt).UtcDateTime)));
            case InterviewSessionStatus.Reviewing:
                return texts.Get("Interviews.Line.Reviewing", culture);
        }
        var script = scripts.Find(row.ScriptId);
        var question = script is null ? null : new InterviewEngine(script, time).Current(InterviewStateJson.Read(row.StateJson), language);
        var (number, total) = question is null ? (0, 0) : (question.Number, question.Total);
        return row.Status == InterviewSessionStatus.Paused
            ? texts.Format("Interviews.Line.Paused", culture, number, total, days)
            : texts.Format("Interviews.Line.Asking", culture, number, total, days);
    }

    private static Domain.Common.UiLanguage OfficialDirectoryLanguage(string language) => language switch
    {
        BotLanguages.UzbekCyrillic => Domain.Common.UiLanguage.UzCyrl,
        BotLanguages.Russian => Domain.Common.UiLanguage.Ru,
        BotLanguages.English => Domain.Common.UiLanguage.En,
        _ => Domain.Common.UiLanguage.UzLatn,
    };
}

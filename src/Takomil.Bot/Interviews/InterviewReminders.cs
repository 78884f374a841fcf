using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Takomil.Bot.Localization;
using Takomil.Interviews;
using Takomil.Protocol.Cards;
using Takomil.Protocol.Connector;
using Takomil.Storage.Interviews;

namespace Takomil.Bot.Interviews;

/// <summary>
/// One reminder per idle period for an interview left paused or unanswered longer than <c>Interviews:RemindAfter</c>.
/// Each is claimed with a conditional UPDATE before it is sent, so two instances (or two overlapping runs) never both
/// send it; the interviewee's next message starts a new idle period.
/// </summary>
public sealed class InterviewReminders(
    IOptions<InterviewOptions> options, InterviewSessions sessions, ScriptCatalog scripts, InterviewNotices notices, Texts texts,
    TimeProvider time, ILogger<InterviewReminders> logger)
{
    private const int Batch = 50;

    /// <returns>How many reminders this call sent.</returns>
    public async Task<int> SendDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var idleSince = now - options.Value.RemindAfter;
        var due = await sessions.DueForReminderAsync(idleSince, Batch, cancellationToken).ConfigureAwait(false);
        var sent = 0;
        foreach (var id in due)
        {
            if (!await sessions.TryClaimReminderAsync(id, idleSince, now, cancellationToken).ConfigureAwait(false)) continue;
            var row = await sessions.FindAsync(id, cancellationToken).ConfigureAwait(false);
            if (row is null) continue;
            try
            {
                if (await notices.SendAsync(row.PersonalConversationId, Text(row, now), null, cancellationToken).ConfigureAwait(false))
                {
                    sent++;
                    Log.Reminded(logger, id);
                }
                else
                {
                    Log.ReminderFailed(logger, id, "no conversation with the interviewee");
                }
            }
            catch (ConnectorException ex)
            {
                // The claim stands: a person who blocked the bot is not retried every few minutes.
                Log.ReminderFailed(logger, id, ex.Message);
            }
        }
        return sent;
    }

    public Task<int> SendDueAsync(CancellationToken cancellationToken) => SendDueAsync(time.GetUtcNow(), cancellationToken);

    private string Text(InterviewSessionRow row, DateTimeOffset now)
    {
        var culture = BotLanguages.Culture(row.Language);
        var script = scripts.Find(row.ScriptId);
        var title = MarkdownText.Escape(script?.Title(row.Language) ?? row.ScriptId);
        var days = Math.Max(1, (int)(now - row.LastActivityAt).TotalDays);
        var question = script is null || row.Status == InterviewSessionStatus.Reviewing
            ? null
            : new InterviewEngine(script, time).Current(InterviewStateJson.Read(row.StateJson), row.Language);
        return row.Status switch
        {
            InterviewSessionStatus.Reviewing => texts.Format("Interview.Reminder.Review", culture, title, days),
            _ => texts.Format("Interview.Reminder", culture, title, question?.Number ?? 0, question?.Total ?? 0, days),
        };
    }
}

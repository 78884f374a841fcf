using System.Text.Json;
using Takomil.Bot.Conversation;
using Takomil.Bot.Inspections;
using Takomil.Bot.Interviews.Actions;
using Takomil.Bot.Localization;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;
using Takomil.Storage.Interviews;

namespace Takomil.Bot.Interviews;

/// <summary>
/// While an interview is open in someone's 1:1 chat, what they type is their answer: it goes to the engine before
/// command routing, so an answer that happens to start with a command word ("new application form", "status of…")
/// is not taken for a command. Only <c>help</c> and <c>language</c> stay commands (the interview waits meanwhile).
/// A paused interview takes only its own words (resume, summary…); everything else is routed as usual.
/// </summary>
public sealed class InterviewTurnMiddleware(
    Texts texts, CatalogRepository catalog, InterviewSessions sessions, InterviewWords words, InterviewRunner runner) : ITurnMiddleware
{
    public async Task InvokeAsync(TurnContext turn, Func<Task> continuation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(continuation);
        var row = await OpenInterviewAsync(turn, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            await continuation().ConfigureAwait(false);
            return;
        }
        if (row.Status == InterviewSessionStatus.Paused && words.Parse(turn.CommandText).Word == InterviewWord.None)
        {
            await continuation().ConfigureAwait(false);
            return;
        }
        var live = runner.Open(row);
        var reply = live is null
            ? await runner.CloseGoneAsync(turn, row, cancellationToken).ConfigureAwait(false)
            : await runner.OnMessageAsync(turn, live, cancellationToken).ConfigureAwait(false);
        await SessionCardAction.SendAsync(turn, reply, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The open interview of the person writing, when this is a plain message in their 1:1 chat and not a kept command.</summary>
    private async Task<InterviewSessionRow?> OpenInterviewAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Type != ActivityTypes.Message || ChatScope.IsGroup(activity) || string.IsNullOrWhiteSpace(activity.From?.Id)) return null;
        if (activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("verb", out _)) return null;
        if (IsKeptCommand(turn.CommandText)) return null;
        var entra = Guid.TryParse(activity.From.AadObjectId, out var id) ? id : (Guid?)null;
        var official = await catalog.FindOfficialByTeamsUserAsync(activity.From.Id, entra, cancellationToken).ConfigureAwait(false);
        return official is null ? null : await sessions.OpenForAsync(official.Id, cancellationToken).ConfigureAwait(false);
    }

    private bool IsKeptCommand(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var first = RouteTable.NormalizeKeyword(space < 0 ? text : text[..space]);
        return texts.Keywords("Cmd.Help.Keywords").Concat(texts.Keywords("Cmd.Language.Keywords"))
            .Any(k => string.Equals(RouteTable.NormalizeKeyword(k), first, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>Free text while an interview is paused: a reminder that it waits, and how to go on, instead of general help.</summary>
public sealed class PausedInterviewResponder(Texts texts, CatalogRepository catalog, InterviewSessions sessions, ScriptCatalog scripts) : IFreeTextResponder
{
    public int Order => 10;

    public async Task<bool> TryRespondAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var from = turn.Activity.From;
        if (ChatScope.IsGroup(turn.Activity) || string.IsNullOrWhiteSpace(from?.Id)) return false;
        var official = await catalog.FindOfficialByTeamsUserAsync(from.Id, null, cancellationToken).ConfigureAwait(false);
        var row = official is null ? null : await sessions.OpenForAsync(official.Id, cancellationToken).ConfigureAwait(false);
        if (row is not { Status: InterviewSessionStatus.Paused }) return false;
        var title = scripts.Find(row.ScriptId)?.Title(turn.Language()) ?? row.ScriptId;
        await turn.SendTextAsync(texts.Format("Interview.PausedHint", turn.Culture(), Protocol.Cards.MarkdownText.Escape(title)), cancellationToken).ConfigureAwait(false);
        return true;
    }
}

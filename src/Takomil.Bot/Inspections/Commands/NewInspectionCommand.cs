using Takomil.Bot.Cards;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Access;
using Takomil.Protocol.Cards;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Inspections.Commands;

/// <summary>
/// <c>new [service code or name]</c>: opens the inspection of a service on the current List. Without an argument,
/// or when the words match no service or several, it shows the List to choose from.
/// </summary>
public sealed class NewInspectionCommand(
    Texts texts, OfficialDirectory officials, InspectionLocator locator, InspectionCreator creator,
    ServicePickerCard picker, InspectionReplies replies) : ICommandHandler
{
    public IReadOnlyCollection<string> Keywords => texts.Keywords("Cmd.New.Keywords");

    public async Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        if (caller is null) return;
        var may = InspectionCreator.MayCreate(caller);
        if (!may.IsSuccess)
        {
            await replies.RefuseAsync(turn, may.Refusal!, cancellationToken).ConfigureAwait(false);
            return;
        }
        var list = await locator.CurrentListAsync(cancellationToken).ConfigureAwait(false);
        if (list is null)
        {
            await replies.SayAsync(turn, "Inspection.NoApprovedList", cancellationToken).ConfigureAwait(false);
            return;
        }
        var culture = turn.Culture();
        var language = OfficialDirectory.LanguageOf(turn);
        var listed = await locator.ListedAsync(list, cancellationToken).ConfigureAwait(false);
        var query = arguments.Trim();
        if (query.Length == 0)
        {
            await turn.SendCardAsync(picker.Build(list.Year, listed, culture, language), cancellationToken).ConfigureAwait(false);
            return;
        }
        var exact = listed.FirstOrDefault(s => s.HasCode(query));
        var matches = exact is not null ? [exact] : listed.Where(s => s.Matches(query)).ToList();
        if (matches.Count != 1)
        {
            var intro = matches.Count == 0
                ? texts.Format("Inspection.UnknownService", culture, query, list.Year)
                : texts.Format("Picker.Matches", culture, query);
            await turn.SendCardAsync(picker.Build(list.Year, matches.Count == 0 ? listed : matches, culture, language, intro), cancellationToken)
                .ConfigureAwait(false);
            return;
        }
        var result = await creator.CreateAsync(turn, caller, list, matches[0], cancellationToken).ConfigureAwait(false);
        if (result.Refusal is { } refusal)
        {
            await replies.RefuseAsync(turn, refusal, cancellationToken).ConfigureAwait(false);
        }
        else if (result.Created is { } created)
        {
            var notice = new Notice(NoticeKind.Done, texts.Format(
                ChatScope.IsGroup(turn.Activity) ? "Inspection.CreatedInChat" : "Inspection.CreatedPersonal", culture, MarkdownText.Escape(matches[0].Service.Code)));
            await replies.SendStatusAsync(turn, created, notice, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await ShowExistingAsync(turn, caller, result.Existing!, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ShowExistingAsync(TurnContext turn, Caller caller, Domain.Inspections.Inspection existing, CancellationToken cancellationToken)
    {
        if (!AccessPolicy.Allows(caller.In(existing), Permission.ViewInspection))
        {
            await replies.SayAsync(turn, "Inspection.AlreadyExists", cancellationToken).ConfigureAwait(false);
            return;
        }
        var notice = new Notice(NoticeKind.Info, texts.Get("Inspection.AlreadyExists", turn.Culture()));
        await replies.SendStatusAsync(turn, existing, notice, cancellationToken).ConfigureAwait(false);
    }
}

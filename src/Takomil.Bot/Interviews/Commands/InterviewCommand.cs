using Takomil.Bot.Cards;
using Takomil.Bot.Inspections;
using Takomil.Bot.Localization;
using Takomil.Domain.Access;
using Takomil.Domain.Inspections;
using Takomil.Interviews;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Interviews.Commands;

/// <summary>
/// <c>interview @person [service code] section</c>: asks a working-group member to answer one section 1:1. Without a
/// person it shows the interviews card (progress of each interview, conflicts, a form to ask someone). The inspection
/// is the one named, else the one this chat is linked to, else the caller's only one.
/// </summary>
public sealed class InterviewCommand(
    Texts texts, ReasonTexts reasons, ScriptCatalog scripts, OfficialDirectory officials, CatalogRepository catalog,
    InspectionResolver resolver, InspectionReplies replies, InterviewStarter starter, InterviewsView view) : ICommandHandler
{
    public IReadOnlyCollection<string> Keywords => texts.Keywords("Cmd.Interview.Keywords");

    public async Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(arguments);
        var culture = turn.Culture();
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        if (caller is null) return;
        var (people, rest) = PeopleMentions.Split(turn.Activity, arguments);
        var chosen = new List<InterviewScript>();
        var others = new List<string>();
        foreach (var word in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var matches = scripts.Matching(word);
            if (matches.Count > 0) chosen.AddRange(matches);
            else others.Add(word);
        }
        var inspection = await resolver.ResolveAsync(turn, caller, string.Join(' ', others), cancellationToken).ConfigureAwait(false);
        if (inspection is null) return;
        var actor = caller.In(inspection);
        var see = AccessPolicy.Decide(actor, Permission.ViewInspection);
        if (!see.IsSuccess)
        {
            await replies.RefuseAsync(turn, see.Refusal!, cancellationToken).ConfigureAwait(false);
            return;
        }
        var ask = AccessPolicy.Decide(actor, Permission.TriggerInterview);
        if (people.Count == 0 && chosen.Count == 0)
        {
            var card = await view.BuildAsync(inspection, ask.IsSuccess, turn.Language(), null, cancellationToken).ConfigureAwait(false);
            await turn.SendCardAsync(card, cancellationToken).ConfigureAwait(false);
            return;
        }
        // The right to ask comes first: someone without it learns that, not the command's syntax.
        if (!ask.IsSuccess)
        {
            await turn.SendTextAsync(reasons.Describe(ask.Refusal!, culture), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (people.Count != 1)
        {
            await replies.SayAsync(turn, "Interviews.OnePerson", cancellationToken).ConfigureAwait(false);
            return;
        }
        var sections = chosen.DistinctBy(s => s.Id).ToList();
        if (sections.Count != 1)
        {
            var list = string.Join(", ", (sections.Count == 0 ? scripts.Scripts : sections)
                .Select(s => $"{(s.Aliases.Count > 0 ? s.Aliases[0] : s.Id)} ({Protocol.Cards.MarkdownText.Escape(s.Title(turn.Language()))})"));
            await replies.SayAsync(turn, sections.Count == 0 ? "Interviews.WhichSection" : "Interviews.AmbiguousSection", cancellationToken, list).ConfigureAwait(false);
            return;
        }
        var person = people[0];
        var interviewee = await catalog.FindOfficialByTeamsUserAsync(person.Id!, null, cancellationToken).ConfigureAwait(false);
        if (interviewee is null)
        {
            await replies.SayAsync(turn, "Interviews.NotMember", cancellationToken, Protocol.Cards.MarkdownText.Escape(person.Name ?? person.Id!)).ConfigureAwait(false);
            return;
        }
        var said = await starter.StartAsync(turn, caller, inspection, interviewee, sections[0], cancellationToken).ConfigureAwait(false);
        await turn.SendTextAsync(said, cancellationToken).ConfigureAwait(false);
    }
}

using Microsoft.Extensions.Logging;
using Takomil.Bot.Localization;
using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Inspections.Commands;

/// <summary>
/// <c>add @person role [role…]</c> in the inspection's group chat or channel: adds every @mentioned person to the
/// working group with those roles. All or nothing: if the domain refuses one person, nobody is added.
/// </summary>
public sealed class AddMemberCommand(
    Texts texts, DomainNames names, RoleWords roleWords, OfficialDirectory officials, InspectionLocator locator,
    InspectionCommits commits, InspectionReplies replies, TimeProvider time, ILogger<AddMemberCommand> logger) : ICommandHandler
{
    public IReadOnlyCollection<string> Keywords => texts.Keywords("Cmd.Add.Keywords");

    public async Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var culture = turn.Culture();
        if (!ChatScope.IsGroup(turn.Activity))
        {
            await replies.SayAsync(turn, "Members.GroupOnly", cancellationToken).ConfigureAwait(false);
            return;
        }
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        if (caller is null) return;
        var inspection = await locator.ForChatAsync(turn.Activity, cancellationToken).ConfigureAwait(false);
        if (inspection is null)
        {
            await replies.SayAsync(turn, "Chat.NotLinked", cancellationToken).ConfigureAwait(false);
            return;
        }
        // The right to add comes first: someone without it learns that, not the command's syntax.
        var access = AccessPolicy.Decide(caller.In(inspection), Permission.AddMember);
        if (!access.IsSuccess)
        {
            Log.Refused(logger, "inspection.members_add", caller.Id, access.Refusal!.ToString());
            await replies.RefuseAsync(turn, access.Refusal!, cancellationToken).ConfigureAwait(false);
            return;
        }
        var (people, rest) = PeopleMentions.Split(turn.Activity, arguments);
        if (people.Count == 0)
        {
            await replies.SayAsync(turn, "Members.NoMention", cancellationToken, roleWords.Hint(culture)).ConfigureAwait(false);
            return;
        }
        var roles = new List<WorkingGroupRole>();
        foreach (var word in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!roleWords.TryParse(word, out var role))
            {
                await replies.SayAsync(turn, "Members.UnknownRole", cancellationToken, InspectionReplies.Quote(word), roleWords.Hint(culture)).ConfigureAwait(false);
                return;
            }
            roles.Add(role);
        }
        if (roles.Count == 0)
        {
            await replies.SayAsync(turn, "Members.NoRole", cancellationToken, roleWords.Hint(culture)).ConfigureAwait(false);
            return;
        }
        await AddAsync(turn, caller, inspection, people, roles, cancellationToken).ConfigureAwait(false);
    }

    private async Task AddAsync(TurnContext turn, Caller caller, Inspection inspection, IReadOnlyList<Protocol.Activities.ChannelAccount> people,
        List<WorkingGroupRole> roles, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var added = new List<Official>();
        foreach (var person in people)
        {
            var official = await officials.FindOrStageAsync(person, UiLanguage.UzLatn, cancellationToken).ConfigureAwait(false);
            var outcome = inspection.AddMember(caller.In(inspection), official.Id, roles, now);
            if (!outcome.IsSuccess)
            {
                // Nothing is committed: the staged changes die with this turn's scope.
                Log.Refused(logger, "inspection.members_add", caller.Id, outcome.Refusal!.ToString());
                var shown = new Dictionary<string, string> { [official.Id.ToString()] = official.DisplayName };
                await replies.RefuseAsync(turn, outcome.Refusal!, cancellationToken, shown).ConfigureAwait(false);
                return;
            }
            added.Add(official);
        }
        var audit = AuditEvent.By(caller.Id, "inspection.members_add", $"inspection:{inspection.Id}",
            new { members = added.Select(o => new { officialId = o.Id, teamsUserId = o.TeamsUserId }), roles }, now);
        if (!await commits.CommitAsync(turn, caller, inspection, audit, cancellationToken).ConfigureAwait(false)) return;
        Log.MembersAdded(logger, added.Count, inspection.Id, caller.Id);
        var who = string.Join(", ", added.Select(o => Protocol.Cards.MarkdownText.Escape(o.DisplayName)));
        await replies.SayAsync(turn, "Members.Added", cancellationToken, who, names.Roles(roles.Distinct(), turn.Culture())).ConfigureAwait(false);
    }
}

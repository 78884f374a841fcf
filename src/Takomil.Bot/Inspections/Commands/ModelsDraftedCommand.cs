using Microsoft.Extensions.Logging;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Protocol.Routing;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Inspections.Commands;

/// <summary>
/// <c>drafted [code]</c> (the inspection found as for <c>status</c>): the lead declares the facts (p. 11) and both models (p. 12–18) ready, so the report and the
/// action plan can be drafted and submitted (p. 25). The state machine checks the evidence — every p. 11 section
/// complete, the current and optimised models valid — and names what is still missing otherwise.
/// </summary>
public sealed class ModelsDraftedCommand(
    Texts texts, OfficialDirectory officials, InspectionResolver resolver, FactSheetRepository facts, ProcessModelRepository models,
    InspectionCommits commits, InspectionReplies replies, TimeProvider time, ILogger<ModelsDraftedCommand> logger) : ICommandHandler
{
    public IReadOnlyCollection<string> Keywords => texts.Keywords("Cmd.Drafted.Keywords");

    public async Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var caller = await officials.CallerAsync(turn, cancellationToken).ConfigureAwait(false);
        if (caller is null) return;
        var inspection = await resolver.ResolveAsync(turn, caller, arguments, cancellationToken).ConfigureAwait(false);
        if (inspection is null) return;
        var sheet = await facts.FindAsync(inspection.Id, cancellationToken).ConfigureAwait(false);
        var asIs = await models.FindAsync(inspection.Id, ProcessModelKind.AsIs, cancellationToken).ConfigureAwait(false);
        var toBe = await models.FindAsync(inspection.Id, ProcessModelKind.ToBe, cancellationToken).ConfigureAwait(false);
        // No answers yet is an empty fact sheet: the guard then names every section still missing.
        var evidence = new TransitionEvidence(Facts: sheet ?? new FactSheet(inspection.Id, inspection.Year), AsIs: asIs, ToBe: toBe);
        var now = time.GetUtcNow();
        var fired = inspection.Fire(caller.In(inspection), InspectionTrigger.MarkModelsDrafted, evidence, now);
        if (!fired.IsSuccess)
        {
            Log.Refused(logger, "inspection.models-drafted", caller.Id, fired.Refusal!.ToString());
            await replies.RefuseAsync(turn, fired.Refusal!, cancellationToken).ConfigureAwait(false);
            return;
        }
        var audit = AuditEvent.By(caller.Id, "inspection.models-drafted", $"inspection:{inspection.Id}",
            new { asIsRevision = asIs?.Revision, toBeRevision = toBe?.Revision }, now);
        if (!await commits.CommitAsync(turn, caller, inspection, audit, cancellationToken).ConfigureAwait(false)) return;
        var notice = new Notice(NoticeKind.Done, texts.Get("Drafted.Done", turn.Culture()));
        await replies.SendStatusAsync(turn, inspection, notice, cancellationToken).ConfigureAwait(false);
    }
}

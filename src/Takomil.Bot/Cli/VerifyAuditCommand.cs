using Microsoft.EntityFrameworkCore;
using Takomil.Domain.Audit;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Cli;

/// <summary><c>verify-audit</c>: walks the audit hash chain and prints OK, or the first bad entry and why.</summary>
public sealed class VerifyAuditCommand(AuditTrail trail, IInspectionsDbContext db)
{
    public async Task<int> RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var result = await trail.VerifyAsync(cancellationToken).ConfigureAwait(false);
        if (result.IsIntact)
        {
            var last = result.LastHash is null ? string.Empty : $", last hash {result.LastHash}";
            await output.WriteLineAsync($"OK: audit trail intact, {result.EntriesChecked} entries verified{last}.").ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        var sequence = result.FirstBadSequence!.Value;
        var entry = await db.AuditEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Sequence == sequence, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"BROKEN: first bad entry is #{sequence} ({result.Fault}: {Explain(result.Fault)}).").ConfigureAwait(false);
        if (entry is not null)
        {
            await output.WriteLineAsync($"  at {entry.At:O}, actor {entry.Actor}, action {entry.Action}, subject {entry.Subject}").ConfigureAwait(false);
        }
        await output.WriteLineAsync($"  {result.EntriesChecked} entries before it verified.").ConfigureAwait(false);
        return ExitCodes.AuditBroken;
    }

    private static string Explain(AuditFault? fault) => fault switch
    {
        AuditFault.HashMismatch => "its content does not match its hash, so it was edited",
        AuditFault.BrokenLink => "it does not point at the hash of the entry before it",
        AuditFault.SequenceGap => "the sequence skips or repeats here, so an entry before it is missing or out of order",
        _ => "unknown fault",
    };
}

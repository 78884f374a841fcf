using Microsoft.EntityFrameworkCore;
using Takomil.Domain.Inspections;
using Takomil.Domain.Services;
using Takomil.Protocol.Activities;
using Takomil.Storage.Inspections;
using Takomil.Storage.Preferences;

namespace Takomil.Bot.Inspections;

/// <summary>Finds what a command talks about: the current List, its services, an inspection named or linked to the chat.</summary>
public sealed class InspectionLocator(IInspectionsDbContext db, InspectionRepository inspections, IChatLinks chats)
{
    /// <summary>
    /// The List inspections are opened from: the newest approved one (the next year's List is approved in
    /// December, and its inspections may be opened at once).
    /// </summary>
    public Task<ServiceList?> CurrentListAsync(CancellationToken cancellationToken) =>
        db.ServiceLists.Where(l => l.State == ServiceListState.Approved)
            .OrderByDescending(l => l.Year).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ListedService>> ListedAsync(ServiceList list, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        var ids = list.Entries.Select(e => e.ServiceId).ToList();
        var services = await db.Services.Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var agencyIds = services.Select(s => s.ProviderAgencyId).Distinct().ToList();
        var agencies = await db.Agencies.Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken).ConfigureAwait(false);
        var opened = await db.Inspections.Where(i => i.Year == list.Year && ids.Contains(i.ServiceId))
            .ToDictionaryAsync(i => i.ServiceId, cancellationToken).ConfigureAwait(false);
        return [.. services
            .Select(s => new ListedService(s, list.Find(s.Id)!.InspectionDeadline, agencies.GetValueOrDefault(s.ProviderAgencyId), opened.GetValueOrDefault(s.Id)))
            .OrderBy(x => x.Service.Code, StringComparer.Ordinal)];
    }

    /// <summary>The inspection of the service with this code (the newest year), or of the one service whose name contains it.</summary>
    public async Task<Inspection?> ByReferenceAsync(string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        // Codes are compared without case in memory: SQL case rules differ between SQLite and PostgreSQL.
        var code = reference.Trim();
        var codes = await db.Services.Select(s => new { s.Id, s.Code }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var byCode = codes.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));
        var service = byCode is null ? null : await db.Services.FirstOrDefaultAsync(s => s.Id == byCode.Id, cancellationToken).ConfigureAwait(false);
        if (service is null)
        {
            var inspected = await db.Services.Where(s => db.Inspections.Any(i => i.ServiceId == s.Id))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var matches = inspected.Where(s => new ListedService(s, default, null, null).Matches(reference)).ToList();
            if (matches.Count != 1) return null;
            service = matches[0];
        }
        return await db.Inspections.Where(i => i.ServiceId == service.Id).OrderByDescending(i => i.Year)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The inspection this group chat or channel is linked to, if any.</summary>
    public async Task<Inspection?> ForChatAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = ChatScope.LinkKey(activity);
        if (key is null) return null;
        var id = await chats.FindInspectionAsync(key, cancellationToken).ConfigureAwait(false);
        return id is null ? null : await inspections.FindAsync(id.Value, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The codes of these services, in code order (hints that list inspections).</summary>
    public async Task<IReadOnlyList<string>> CodesAsync(IEnumerable<Guid> serviceIds, CancellationToken cancellationToken)
    {
        var ids = serviceIds.Distinct().ToList();
        var codes = await db.Services.Where(s => ids.Contains(s.Id)).Select(s => s.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. codes.Order(StringComparer.Ordinal)];
    }

    /// <summary>An inspection by id from card data; null for a malformed or unknown id.</summary>
    public async Task<Inspection?> ByIdAsync(string? id, CancellationToken cancellationToken) =>
        Guid.TryParse(id, out var guid) ? await inspections.FindAsync(guid, cancellationToken).ConfigureAwait(false) : null;
}

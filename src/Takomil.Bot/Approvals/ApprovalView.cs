using Microsoft.EntityFrameworkCore;
using Takomil.Domain.Agencies;
using Takomil.Domain.Approvals;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Approvals;

/// <summary>Everything the plan and approval cards show, loaded once: the inspection, its process, names of people and agencies.</summary>
public sealed record ApprovalView(
    Inspection Inspection,
    ApprovalProcess Process,
    LocalizedText ServiceName,
    string ServiceCode,
    IReadOnlyDictionary<Guid, Official> People,
    IReadOnlyList<Agency> Agencies)
{
    public string NameOf(Guid officialId, string unknown) =>
        People.TryGetValue(officialId, out var official) ? official.DisplayName : unknown;

    public string? TeamsIdOf(Guid officialId) => People.TryGetValue(officialId, out var official) ? official.TeamsUserId : null;

    public Agency? AgencyOf(Guid? agencyId) => agencyId is null ? null : Agencies.FirstOrDefault(a => a.Id == agencyId);
}

/// <summary>Loads an <see cref="ApprovalView"/> (a process not yet stored is shown as an empty one).</summary>
public sealed class ApprovalViews(IInspectionsDbContext db)
{
    public async Task<ApprovalView> LoadAsync(Inspection inspection, ApprovalProcess? process, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        process ??= new ApprovalProcess(inspection.Id);
        var service = await db.Services.AsNoTracking().FirstAsync(s => s.Id == inspection.ServiceId, cancellationToken).ConfigureAwait(false);
        var ids = inspection.Members.Select(m => m.OfficialId)
            .Concat(process.Approvers.Select(a => a.OfficialId))
            .Concat(process.Decisions.Select(d => d.ApproverId))
            .Concat(inspection.PlanItems.Select(i => i.ExecutorId).OfType<Guid>())
            .Distinct().ToList();
        var people = await db.Officials.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken).ConfigureAwait(false);
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ApprovalView(inspection, process, service.Name, service.Code, people, agencies);
    }
}

using Microsoft.EntityFrameworkCore;
using Takomil.Bot.Execution.Cards;
using Takomil.Bot.Inspections;
using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Storage.Execution;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Execution;

/// <summary>Loads what the stage 4–5 cards show and decides who sees the dashboard.</summary>
public sealed class ExecutionViews(IInspectionsDbContext db, CatalogRepository catalog, ExecutionStore store)
{
    /// <summary>The lead and the Ministry see the dashboard (p. 25: the Ministry writes the report; the Commission monitors).</summary>
    public static bool MaySeeDashboard(Caller caller, Inspection inspection)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(inspection);
        var actor = caller.In(inspection);
        return actor.Has(WorkingGroupRole.Lead) || actor.Has(WorkingGroupRole.CommissionMember)
            || actor.SystemRole is SystemRole.MinistryLead or SystemRole.Administrator;
    }

    /// <summary>Whether the caller may close stage 4 and start execution (the policy's StartExecution right).</summary>
    public static bool MayManage(Caller caller, Inspection inspection)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return AccessPolicy.Allows(caller.In(inspection), Permission.StartExecution);
    }

    public async Task<string> ServiceNameAsync(Inspection inspection, UiLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var service = await catalog.FindServiceAsync(inspection.ServiceId, cancellationToken).ConfigureAwait(false);
        return service is null ? inspection.ServiceId.ToString() : $"{service.Code} — {service.Name.For(language)}";
    }

    public async Task<IReadOnlyDictionary<Guid, Official>> PeopleAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Officials.AsNoTracking().Where(o => wanted.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<PlanDashboard> DashboardAsync(Inspection inspection, Caller caller, UiLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var people = await PeopleAsync(inspection.PlanItems.Where(i => i.ExecutorId is not null).Select(i => i.ExecutorId!.Value), cancellationToken).ConfigureAwait(false);
        var proposals = await store.ProposalsAsync(inspection.Id, cancellationToken).ConfigureAwait(false);
        var name = await ServiceNameAsync(inspection, language, cancellationToken).ConfigureAwait(false);
        return new PlanDashboard(inspection, name, people, proposals, MayManage(caller, inspection));
    }
}

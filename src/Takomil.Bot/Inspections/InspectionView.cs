using Takomil.Domain.Agencies;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Domain.Services;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Inspections;

/// <summary>Everything a status or tasks card shows of one inspection, loaded fresh from the database.</summary>
public sealed record InspectionView(
    Inspection Inspection, Service Service, Agency? Provider, IReadOnlyDictionary<Guid, Official> People, InspectionProgress Progress)
{
    public string NameOf(Guid officialId, string unknown) =>
        People.TryGetValue(officialId, out var official) ? official.DisplayName : unknown;

    public IReadOnlyList<Duty> DutiesOf(Guid officialId) => Duties.Owed(Inspection, officialId, Progress);
}

public sealed class InspectionViews(
    CatalogRepository catalog, FactSheetRepository facts, ProcessModelRepository models, OfficialDirectory officials)
{
    public async Task<InspectionView> LoadAsync(Inspection inspection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var service = await catalog.FindServiceAsync(inspection.ServiceId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Inspection {inspection.Id} names a missing service.");
        var provider = await catalog.FindAgencyAsync(service.ProviderAgencyId, cancellationToken).ConfigureAwait(false);
        var people = await officials.LoadAsync(inspection.Members.Select(m => m.OfficialId), cancellationToken).ConfigureAwait(false);
        // No fact sheet yet means nothing is established: the domain's rules say what an empty sheet lacks.
        var sheet = await facts.FindAsync(inspection.Id, cancellationToken).ConfigureAwait(false)
            ?? new FactSheet(inspection.Id, inspection.Year);
        var asIs = await models.FindAsync(inspection.Id, ProcessModelKind.AsIs, cancellationToken).ConfigureAwait(false);
        var toBe = await models.FindAsync(inspection.Id, ProcessModelKind.ToBe, cancellationToken).ConfigureAwait(false);
        var progress = new InspectionProgress(sheet.Completeness(), ModelProgress.Of(ProcessModelKind.AsIs, asIs), ModelProgress.Of(ProcessModelKind.ToBe, toBe));
        return new InspectionView(inspection, service, provider, people, progress);
    }
}

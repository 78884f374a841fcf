using Microsoft.EntityFrameworkCore;
using Takomil.Domain.Agencies;
using Takomil.Domain.Services;
using Takomil.Storage.Inspections;

namespace Takomil.Storage.Import;

/// <summary>What an import checks rows against, loaded in a few queries rather than one per row.</summary>
internal sealed class ServiceListLookups
{
    private readonly Dictionary<string, Agency> _agencies;
    private readonly Dictionary<string, Service> _servicesByCode;
    private readonly Dictionary<string, Service> _servicesByName;
    private readonly HashSet<Guid> _listed;

    private ServiceListLookups(IEnumerable<Agency> agencies, IReadOnlyCollection<Service> services, HashSet<Guid> listed)
    {
        _agencies = agencies.ToDictionary(a => a.Code, StringComparer.Ordinal);
        _servicesByCode = services.ToDictionary(s => s.Code, StringComparer.Ordinal);
        _servicesByName = new Dictionary<string, Service>(StringComparer.OrdinalIgnoreCase);
        foreach (var service in services) _servicesByName.TryAdd(service.Name.UzLatn.Trim(), service);
        _listed = listed;
    }

    public static async Task<ServiceListLookups> LoadAsync(IInspectionsDbContext db, ImportTable table, ServiceList? list, CancellationToken cancellationToken)
    {
        var codes = Distinct(table, ServiceListColumns.ServiceCode);
        var names = Distinct(table, ServiceListColumns.NameUzLatn).Select(n => n.ToLowerInvariant()).Distinct().ToList();
        var agencyCodes = Distinct(table, ServiceListColumns.AgencyCode);
        var agencies = await db.Agencies.Where(a => agencyCodes.Contains(a.Code)).ToListAsync(cancellationToken);
        // Codes are identifiers, matched exactly. Names are matched without case, so "Ko'chmas mulk" and
        // "ko'chmas mulk" are one service (lower() folds ASCII on both SQLite and PostgreSQL).
#pragma warning disable CA1304, CA1311 // Translated to SQL lower(); no .NET culture is involved.
        var services = await db.Services
            .Where(s => codes.Contains(s.Code) || names.Contains(s.Name.UzLatn.ToLower()))
            .ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311
        var listed = list?.Entries.Select(e => e.ServiceId).ToHashSet() ?? [];
        return new ServiceListLookups(agencies, services, listed);
    }

    public Agency? AgencyByCode(string code) => _agencies.GetValueOrDefault(code);

    public Service? ServiceByCode(string code) => _servicesByCode.GetValueOrDefault(code);

    public Service? ServiceByName(string name) => _servicesByName.GetValueOrDefault(name.Trim());

    public bool IsListed(Guid serviceId) => _listed.Contains(serviceId);

    private static List<string> Distinct(ImportTable table, string column) =>
        [.. table.Rows.Select(r => r.Cell(column).Text.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];
}

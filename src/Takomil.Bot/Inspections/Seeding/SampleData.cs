using Microsoft.EntityFrameworkCore;
using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Services;
using Takomil.Storage.Import;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Inspections.Seeding;

/// <summary>
/// Loads <c>samples/</c> into an empty development database: the agencies, then the annual List through the real
/// <see cref="ServiceListImporter"/>, then the List's submission and a sample approval by the Republican Commission —
/// each a domain operation with its audit entry, as if people had done it — so inspections can be opened at once.
/// </summary>
public sealed class SampleData(
    IInspectionsDbContext db, CatalogRepository catalog, ServiceListImporter importer, InspectionsUnitOfWork unitOfWork,
    IHostEnvironment environment, TimeProvider time, ILogger<SampleData> logger)
{
    /// <summary>The actor the seed's audit entries name (no official has this id).</summary>
    public static readonly Guid SeedActorId = new("5eed0000-0000-4000-8000-00000000da7a");

    private static readonly TimeSpan Tashkent = TimeSpan.FromHours(5);

    public async Task SeedAsync(DevelopmentSeedOptions seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seed);
        if (await db.ServiceLists.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            Log.SeedSkipped(logger, "the database already has an annual List");
            return;
        }
        var agenciesFile = Resolve(seed.AgenciesFile);
        var listFile = Resolve(seed.ListFile);
        if (agenciesFile is null || listFile is null)
        {
            Log.SeedFailed(logger, $"sample files not found ({seed.AgenciesFile}, {seed.ListFile})");
            return;
        }
        var agencies = await AddAgenciesAsync(agenciesFile, cancellationToken).ConfigureAwait(false);
        if (agencies < 0) return;

        var now = time.GetUtcNow();
        var ministry = Actor.Global(SeedActorId, SystemRole.Administrator);
        ImportReport report;
        await using (var content = File.OpenRead(listFile))
        {
            var format = listFile.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? ImportFormat.Xlsx : ImportFormat.Csv;
            report = await importer.ImportAsync(content, format, Path.GetFileName(listFile), seed.Year, ministry, now, cancellationToken).ConfigureAwait(false);
        }
        if (!report.Succeeded)
        {
            Log.SeedFailed(logger, string.Join("; ", report.Errors));
            return;
        }
        var list = await db.ServiceLists.FirstAsync(l => l.Year == seed.Year, cancellationToken).ConfigureAwait(false);
        // The sample List was submitted on time (p. 21: by 1 December) and approved in December of the year before.
        var submitted = new DateTimeOffset(seed.Year - 1, 11, 28, 10, 0, 0, Tashkent);
        var decision = new DecisionReference($"RK-{seed.Year - 1}/12-07 (sample)", new DateOnly(seed.Year - 1, 12, 15));
        if (!Check(list.Submit(ministry, submitted))) return;
        await CommitAsync("list.submit", seed.Year, new { year = seed.Year, sample = true }, cancellationToken).ConfigureAwait(false);
        if (!Check(list.Approve(Actor.Global(SeedActorId, SystemRole.CommissionSecretary), decision))) return;
        await CommitAsync("list.approve", seed.Year, new { year = seed.Year, decision = decision.Reference, sample = true }, cancellationToken).ConfigureAwait(false);
        Log.SeedDone(logger, agencies, seed.Year, report.EntriesAdded);
    }

    /// <summary>Adds the agencies the database lacks, parents before children; -1 when the file is unusable.</summary>
    private async Task<int> AddAgenciesAsync(string file, CancellationToken cancellationToken)
    {
        ImportTable table;
        await using (var content = File.OpenRead(file))
        {
            table = CsvTableReader.Read(content);
        }
        if (table.Errors.Count > 0)
        {
            Log.SeedFailed(logger, string.Join("; ", table.Errors));
            return -1;
        }
        var byCode = new Dictionary<string, Agency>(StringComparer.Ordinal);
        var added = 0;
        foreach (var row in table.Rows)
        {
            var code = row.Cell("agency_code").Text.Trim();
            var parentCode = row.Cell("parent_code").Text.Trim();
            var existing = byCode.GetValueOrDefault(code) ?? await catalog.FindAgencyByCodeAsync(code, cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                byCode[code] = existing;
                continue;
            }
            var parent = parentCode.Length == 0
                ? null
                : byCode.GetValueOrDefault(parentCode) ?? await catalog.FindAgencyByCodeAsync(parentCode, cancellationToken).ConfigureAwait(false);
            var name = new LocalizedText(row.Cell("name_uz_latn").Text.Trim(), Optional(row, "name_uz_cyrl"), Optional(row, "name_ru"), Optional(row, "name_en"));
            var agency = new Agency(Guid.NewGuid(), code, name, parent?.Id);
            catalog.Add(agency);
            byCode[code] = agency;
            added++;
        }
        if (added > 0) await CommitAsync("agency.import", null, new { file = Path.GetFileName(file), agencies = added, sample = true }, cancellationToken).ConfigureAwait(false);
        return added;
    }

    private Task CommitAsync(string action, int? year, object payload, CancellationToken cancellationToken) =>
        unitOfWork.CommitAsync(AuditEvent.By(SeedActorId, action, year is null ? "agencies" : $"service_list:{year}", payload, time.GetUtcNow()), cancellationToken);

    private bool Check(Outcome outcome)
    {
        if (!outcome.IsSuccess) Log.SeedFailed(logger, outcome.Refusal!.ToString());
        return outcome.IsSuccess;
    }

    private static string? Optional(ImportRow row, string column)
    {
        var text = row.Cell(column).Text.Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>A relative path is looked up under the content root, then beside the application (where the build copies samples/).</summary>
    private string? Resolve(string path)
    {
        if (Path.IsPathRooted(path)) return File.Exists(path) ? path : null;
        return new[] { environment.ContentRootPath, AppContext.BaseDirectory }
            .Select(root => Path.GetFullPath(Path.Combine(root, path)))
            .FirstOrDefault(File.Exists);
    }
}

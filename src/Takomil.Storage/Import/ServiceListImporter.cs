using Microsoft.EntityFrameworkCore;
using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Services;
using Takomil.Storage.Inspections;
using C = Takomil.Storage.Import.ServiceListColumns;

namespace Takomil.Storage.Import;

/// <summary>
/// Imports the annual List (p. 21) from CSV or XLSX, all or nothing: every row is checked first (values,
/// agencies, duplicates in the file and against the database), every problem is reported with its row and
/// column, and only a file without problems is saved — in one transaction with one audit entry.
/// </summary>
public sealed class ServiceListImporter(IInspectionsDbContext db, InspectionsUnitOfWork unitOfWork)
{
    private sealed record ParsedRow(int Row, string Code, LocalizedText Name, Agency Agency, RecipientCategory Recipients, DateOnly Deadline, Service? Existing);

    public async Task<ImportReport> ImportAsync(
        Stream content, ImportFormat format, string fileName, int year, Actor actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(actor);
        var access = AccessPolicy.Decide(actor, Permission.EditServiceList);
        if (!access.IsSuccess) return ImportReport.Failed(0, [FromRefusal(0, null, access.Refusal!)]);

        var table = format == ImportFormat.Xlsx ? XlsxTableReader.Read(content) : CsvTableReader.Read(content);
        if (table.Errors.Any(e => e.Row == 0)) return ImportReport.Failed(table.Rows.Count, table.Errors);
        var missingColumns = C.Required.Where(c => !table.Headers.Contains(c))
            .Select(c => ImportError.Of(1, c, ImportCodes.ColumnMissing, ("column", c))).ToList();
        if (missingColumns.Count > 0) return ImportReport.Failed(table.Rows.Count, missingColumns);
        if (table.Rows.Count == 0) return ImportReport.Failed(0, [ImportError.Of(0, null, ImportCodes.FileEmpty, ("reason", "no data rows"))]);

        var list = await db.ServiceLists.FirstOrDefaultAsync(l => l.Year == year, cancellationToken);
        if (list is not null && list.State != ServiceListState.Draft)
        {
            return ImportReport.Failed(table.Rows.Count, [ImportError.Of(0, null, ReasonCodes.ListNotDraft, ("year", year), ("state", list.State))]);
        }
        var lookups = await ServiceListLookups.LoadAsync(db, table, list, cancellationToken);
        var errors = new List<ImportError>(table.Errors);
        var parsed = new List<ParsedRow>();
        var firstRowByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstRowByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var rowErrors = new List<ImportError>();
            var result = Parse(row, year, lookups, rowErrors);
            if (result is not null)
            {
                CheckDuplicates(result, year, lookups, firstRowByCode, firstRowByName, rowErrors);
                if (rowErrors.Count == 0) parsed.Add(result);
            }
            errors.AddRange(rowErrors);
        }
        if (errors.Count > 0) return ImportReport.Failed(table.Rows.Count, [.. errors.OrderBy(e => e.Row)]);
        return await SaveAsync(parsed, list, fileName, year, actor, at, table.Rows.Count, cancellationToken);
    }

    private static ParsedRow? Parse(ImportRow row, int year, ServiceListLookups lookups, List<ImportError> errors)
    {
        var code = Required(row, C.ServiceCode, C.MaxCodeLength, errors);
        var existing = code is null ? null : lookups.ServiceByCode(code);
        // A service already in the catalogue keeps its names; a new one needs at least the uz-Latn name.
        var nameUz = existing is null ? Required(row, C.NameUzLatn, C.MaxNameLength, errors) : existing.Name.UzLatn;
        var agencyCode = Required(row, C.AgencyCode, C.MaxCodeLength, errors);
        var agency = agencyCode is null ? null : lookups.AgencyByCode(agencyCode);
        if (agencyCode is not null && agency is null) errors.Add(ImportError.Of(row.Row, C.AgencyCode, ImportCodes.AgencyUnknown, ("code", agencyCode)));

        var recipientsText = Required(row, C.Recipients, 64, errors);
        var recipients = RecipientCategory.Individuals;
        if (recipientsText is not null && !C.TryRecipients(recipientsText, out recipients))
        {
            errors.Add(ImportError.Of(row.Row, C.Recipients, ImportCodes.RecipientsInvalid, ("value", recipientsText), ("allowed", C.AllowedRecipients)));
        }
        var deadline = default(DateOnly);
        var deadlineCell = row.Cell(C.InspectionDeadline);
        if (Required(row, C.InspectionDeadline, 64, errors) is not null)
        {
            if (!C.TryDate(deadlineCell, out deadline))
            {
                errors.Add(ImportError.Of(row.Row, C.InspectionDeadline, ImportCodes.DateInvalid, ("value", deadlineCell.Text), ("formats", C.AllowedDateFormats)));
            }
            else if (deadline.Year != year)
            {
                errors.Add(ImportError.Of(row.Row, C.InspectionDeadline, ReasonCodes.ListDeadlineOutsideYear,
                    ("deadline", deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("year", year)));
            }
        }
        if (existing is not null && agency is not null && existing.ProviderAgencyId != agency.Id)
        {
            errors.Add(ImportError.Of(row.Row, C.AgencyCode, ImportCodes.ServiceAgencyMismatch, ("code", code), ("agency", agency.Code)));
        }
        if (code is null || nameUz is null || agency is null || errors.Count > 0) return null;
        var name = existing?.Name ?? new LocalizedText(nameUz, Optional(row, C.NameUzCyrl), Optional(row, C.NameRu), Optional(row, C.NameEn));
        return new ParsedRow(row.Row, code, name, agency, recipients, deadline, existing);
    }

    private static void CheckDuplicates(ParsedRow row, int year, ServiceListLookups lookups,
        Dictionary<string, int> firstRowByCode, Dictionary<string, int> firstRowByName, List<ImportError> errors)
    {
        if (!firstRowByCode.TryAdd(row.Code, row.Row))
        {
            errors.Add(ImportError.Of(row.Row, C.ServiceCode, ImportCodes.DuplicateInFile, ("code", row.Code), ("firstRow", firstRowByCode[row.Code])));
            return;
        }
        if (!firstRowByName.TryAdd(row.Name.UzLatn.Trim(), row.Row))
        {
            errors.Add(ImportError.Of(row.Row, C.NameUzLatn, ImportCodes.DuplicateNameInFile, ("name", row.Name.UzLatn), ("firstRow", firstRowByName[row.Name.UzLatn.Trim()])));
        }
        if (row.Existing is not null && lookups.IsListed(row.Existing.Id))
        {
            errors.Add(ImportError.Of(row.Row, C.ServiceCode, ReasonCodes.ListServiceAlreadyListed, ("code", row.Code), ("year", year)));
        }
        if (row.Existing is null && lookups.ServiceByName(row.Name.UzLatn) is { } sameName)
        {
            errors.Add(ImportError.Of(row.Row, C.NameUzLatn, ImportCodes.DuplicateNameInDatabase, ("name", row.Name.UzLatn), ("existingCode", sameName.Code)));
        }
    }

    private async Task<ImportReport> SaveAsync(List<ParsedRow> rows, ServiceList? list, string fileName, int year, Actor actor,
        DateTimeOffset at, int rowsRead, CancellationToken cancellationToken)
    {
        if (list is null)
        {
            list = new ServiceList(Guid.NewGuid(), year);
            db.ServiceLists.Add(list);
        }
        var created = 0;
        foreach (var row in rows)
        {
            var service = row.Existing;
            if (service is null)
            {
                service = new Service(Guid.NewGuid(), row.Code, row.Name, row.Agency.Id, row.Recipients);
                db.Services.Add(service);
                created++;
            }
            var added = list.Add(actor, service.Id, row.Deadline);
            if (!added.IsSuccess)
            {
                // Checked above already; if the domain still refuses, nothing must be saved.
                DiscardStagedChanges(list);
                return ImportReport.Failed(rowsRead, [FromRefusal(row.Row, C.ServiceCode, added.Refusal!)]);
            }
        }
        var payload = new { year, file = fileName, rows = rows.Count, servicesCreated = created };
        await unitOfWork.CommitAsync(AuditEvent.By(actor.OfficialId, "list.import", $"service_list:{year}", payload, at), cancellationToken);
        return new ImportReport(true, rowsRead, rows.Count, created, []);
    }

    /// <summary>Forgets everything this import staged, so a later save on the same context cannot write half a file.</summary>
    private void DiscardStagedChanges(ServiceList list)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged).ToList())
        {
            entry.State = EntityState.Detached;
        }
        db.Entry(list).State = EntityState.Detached;
    }

    private static string? Required(ImportRow row, string column, int maxLength, List<ImportError> errors)
    {
        var text = row.Cell(column).Text.Trim();
        if (text.Length == 0)
        {
            errors.Add(ImportError.Of(row.Row, column, ImportCodes.ValueRequired, ("column", column)));
            return null;
        }
        if (text.Length > maxLength)
        {
            errors.Add(ImportError.Of(row.Row, column, ImportCodes.ValueTooLong, ("column", column), ("max", maxLength)));
            return null;
        }
        return text;
    }

    private static string? Optional(ImportRow row, string column)
    {
        var text = row.Cell(column).Text.Trim();
        return text.Length == 0 ? null : text[..Math.Min(text.Length, C.MaxNameLength)];
    }

    private static ImportError FromRefusal(int row, string? column, Refusal refusal) => new(row, column, refusal.Code, refusal.Args);
}

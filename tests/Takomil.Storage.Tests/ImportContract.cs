using System.Text;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Services;
using Takomil.Storage.Import;
using Takomil.Storage.Inspections;
using Takomil.Storage.Tests.Infrastructure;

namespace Takomil.Storage.Tests;

/// <summary>The annual List from CSV and XLSX: all or nothing, every bad row reported.</summary>
public abstract class ImportContract
{
    private const string Header = "service_code,name_uz_latn,name_uz_cyrl,name_ru,name_en,agency_code,recipients,inspection_deadline";

    private static readonly string[][] GoodRows =
    [
        ["SRV-101", "Litsenziya berish", "Лицензия бериш", "Выдача лицензии", "Licensing", "ADLIYA", "legal_entities", "2026-06-30"],
        ["SRV-102", "Guvohnoma, nusxa", "", "", "", "ADLIYA", "individuals", "2026-07-15"],
        ["SRV-001", "", "", "", "", "ADLIYA", "both", "2026-09-01"],
    ];

    private static readonly string[][] BadRows =
    [
        ["SRV-201", "Yaxshi qator", "", "", "", "ADLIYA", "individuals", "2026-03-01"],
        ["SRV-202", "", "", "", "", "ADLIYA", "individuals", "2026-03-01"],
        ["SRV-203", "Noma'lum idora", "", "", "", "NOPE", "individuals", "2026-03-01"],
        ["SRV-204", "Begona oluvchi", "", "", "", "ADLIYA", "aliens", "2026-03-01"],
        ["SRV-205", "Yomon sana", "", "", "", "ADLIYA", "both", "31/02/2026"],
        ["SRV-206", "Boshqa yil", "", "", "", "ADLIYA", "both", "2027-01-01"],
        ["SRV-201", "Takror kod", "", "", "", "ADLIYA", "both", "2026-03-01"],
        ["SRV-207", "Ko'chmas mulkni ro'yxatdan o'tkazish", "", "", "", "ADLIYA", "both", "2026-03-01"],
        ["SRV-001", "", "", "", "", "SOLIQ", "both", "2026-03-01"],
    ];

    private static readonly (int Row, string Column, string Code)[] ExpectedBadRowErrors =
    [
        (3, "name_uz_latn", ImportCodes.ValueRequired),
        (4, "agency_code", ImportCodes.AgencyUnknown),
        (5, "recipients", ImportCodes.RecipientsInvalid),
        (6, "inspection_deadline", ImportCodes.DateInvalid),
        (7, "inspection_deadline", ReasonCodes.ListDeadlineOutsideYear),
        (8, "service_code", ImportCodes.DuplicateInFile),
        (9, "name_uz_latn", ImportCodes.DuplicateNameInDatabase),
        (10, "agency_code", ImportCodes.ServiceAgencyMismatch),
    ];

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [StorageFact]
    public async Task Csv_GoodFile_ImportsEveryRowInOneCommit()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await World.SeedAsync(database);

        var report = await ImportAsync(database, w, Csv(GoodRows), ImportFormat.Csv);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        Assert.Equal((3, 3, 2), (report.RowsRead, report.EntriesAdded, report.ServicesCreated));
        await AssertListedAsync(database, ("SRV-101", new DateOnly(2026, 6, 30)), ("SRV-102", new DateOnly(2026, 7, 15)), ("SRV-001", new DateOnly(2026, 9, 1)));
        await using var db = database.CreateContext();
        var licensing = await db.Services.SingleAsync(s => s.Code == "SRV-101");
        Assert.Equal((new LocalizedText("Litsenziya berish", "Лицензия бериш", "Выдача лицензии", "Licensing"), RecipientCategory.LegalEntities),
            (licensing.Name, licensing.Recipients));
        Assert.Equal("Guvohnoma, nusxa", (await db.Services.SingleAsync(s => s.Code == "SRV-102")).Name.UzLatn);
        var audit = await db.AuditEntries.OrderBy(e => e.Sequence).LastAsync();
        Assert.Equal(("list.import", "service_list:2026"), (audit.Action, audit.Subject));
    }

    [StorageFact]
    public async Task Csv_FileWithBadRows_NothingImportedAndEveryBadRowReported()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await World.SeedAsync(database);
        await AddSecondAgencyAsync(database, w);

        var report = await ImportAsync(database, w, Csv(BadRows), ImportFormat.Csv);

        AssertBadRowsReported(report);
        await AssertNothingImportedAsync(database);
    }

    [StorageFact]
    public async Task Xlsx_GoodFileWithDateCells_ImportsEveryRow()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await World.SeedAsync(database);

        var report = await ImportAsync(database, w, Xlsx(GoodRows, realDates: true), ImportFormat.Xlsx);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        await AssertListedAsync(database, ("SRV-101", new DateOnly(2026, 6, 30)), ("SRV-102", new DateOnly(2026, 7, 15)), ("SRV-001", new DateOnly(2026, 9, 1)));
    }

    [StorageFact]
    public async Task Xlsx_FileWithBadRows_NothingImportedAndEveryBadRowReported()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await World.SeedAsync(database);
        await AddSecondAgencyAsync(database, w);

        var report = await ImportAsync(database, w, Xlsx(BadRows, realDates: false), ImportFormat.Xlsx);

        AssertBadRowsReported(report);
        await AssertNothingImportedAsync(database);
    }

    [StorageFact]
    public async Task Csv_SameFileTwice_SecondRefusedAsAlreadyListedAndUnchanged()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await World.SeedAsync(database);
        Assert.True((await ImportAsync(database, w, Csv(GoodRows), ImportFormat.Csv)).Succeeded);

        var again = await ImportAsync(database, w, Csv(GoodRows), ImportFormat.Csv);

        Assert.False(again.Succeeded);
        Assert.Equal([(2, ReasonCodes.ListServiceAlreadyListed), (3, ReasonCodes.ListServiceAlreadyListed), (4, ReasonCodes.ListServiceAlreadyListed)],
            again.Errors.Select(e => (e.Row, e.Code)));
        await using var db = database.CreateContext();
        Assert.Equal(3, (await db.ServiceLists.SingleAsync(l => l.Year == 2026)).Entries.Count);
    }

    [StorageFact]
    public async Task Csv_SemicolonSeparatedWithDottedDatesAndBom_Imports()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await World.SeedAsync(database);
        var text = "\uFEFFService Code;Name Uz Latn;Agency-Code;Recipients;Inspection Deadline\r\nSRV-301;Ruxsatnoma;ADLIYA;jismoniy;05.10.2026\r\n";

        var report = await ImportAsync(database, w, Encoding.UTF8.GetBytes(text), ImportFormat.Csv);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        await AssertListedAsync(database, ("SRV-301", new DateOnly(2026, 10, 5)));
    }

    [StorageFact]
    public async Task Csv_RequiredColumnMissing_ReportedOnTheHeaderRow()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await World.SeedAsync(database);
        var report = await ImportAsync(database, w, Encoding.UTF8.GetBytes("service_code,name_uz_latn\nSRV-1,Nom\n"), ImportFormat.Csv);

        Assert.Equal([("agency_code", ImportCodes.ColumnMissing), ("recipients", ImportCodes.ColumnMissing), ("inspection_deadline", ImportCodes.ColumnMissing)],
            report.Errors.Select(e => (e.Column!, e.Code)));
        Assert.All(report.Errors, e => Assert.Equal(1, e.Row));
        await AssertNothingImportedAsync(database);
    }

    [StorageFact]
    public async Task Xlsx_NotASpreadsheet_ReportedUnreadable()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await World.SeedAsync(database);
        var report = await ImportAsync(database, w, Encoding.UTF8.GetBytes("this is not a zip file"), ImportFormat.Xlsx);
        Assert.Equal((0, ImportCodes.FileUnreadable), (Assert.Single(report.Errors).Row, report.Errors[0].Code));
    }

    [StorageFact]
    public async Task Import_IntoApprovedList_RefusedAsNotDraft()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await World.SeedAsync(database);
        var rows = new[] { new[] { "SRV-401", "Yangi", "", "", "", "ADLIYA", "both", "2025-10-01" } };
        var report = await ImportAsync(database, w, Csv(rows), ImportFormat.Csv, year: 2025);
        Assert.Equal(ReasonCodes.ListNotDraft, Assert.Single(report.Errors).Code);
    }

    [StorageFact]
    public async Task Import_ByOfficialWithoutMinistryRole_RefusedAsAccessDenied()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await World.SeedAsync(database);
        var report = await ImportAsync(database, w, Csv(GoodRows), ImportFormat.Csv, actor: Actor.Global(w.Member, SystemRole.None));
        Assert.Equal(ReasonCodes.AccessDenied, Assert.Single(report.Errors).Code);
        await AssertNothingImportedAsync(database);
    }

    private static void AssertBadRowsReported(ImportReport report)
    {
        Assert.False(report.Succeeded);
        Assert.Equal(9, report.RowsRead);
        Assert.Equal(ExpectedBadRowErrors, report.Errors.Select(e => (e.Row, e.Column!, e.Code)));
        Assert.Equal("2", report.Errors.Single(e => e.Code == ImportCodes.DuplicateInFile).Args["firstRow"]);
        Assert.Equal("SRV-001", report.Errors.Single(e => e.Code == ImportCodes.DuplicateNameInDatabase).Args["existingCode"]);
        Assert.Equal("31/02/2026", report.Errors.Single(e => e.Code == ImportCodes.DateInvalid).Args["value"]);
    }

    private static async Task<ImportReport> ImportAsync(TestDatabase database, World w, byte[] file, ImportFormat format, int year = 2026, Actor? actor = null)
    {
        await using var db = database.CreateContext();
        var importer = new ServiceListImporter(db, TestDatabase.UnitOfWork(db));
        using var stream = new MemoryStream(file);
        return await importer.ImportAsync(stream, format, $"list.{format}", year, actor ?? World.MinistryActor(w), World.Now, default);
    }

    private static async Task AssertListedAsync(TestDatabase database, params (string Code, DateOnly Deadline)[] expected)
    {
        await using var db = database.CreateContext();
        var list = await db.ServiceLists.SingleAsync(l => l.Year == 2026);
        var codes = await db.Services.ToDictionaryAsync(s => s.Id, s => s.Code);
        Assert.Equal(ServiceListState.Draft, list.State);
        Assert.Equal(expected.OrderBy(e => e.Code), list.Entries.Select(e => (codes[e.ServiceId], e.InspectionDeadline)).OrderBy(e => e.Item1));
    }

    private static async Task AssertNothingImportedAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        Assert.False(await db.ServiceLists.AnyAsync(l => l.Year == 2026));
        Assert.Equal(1, await db.Services.CountAsync());
        Assert.DoesNotContain(await db.AuditEntries.Select(e => e.Action).ToListAsync(), a => a == "list.import");
    }

    private static async Task AddSecondAgencyAsync(TestDatabase database, World w)
    {
        await using var db = database.CreateContext();
        new CatalogRepository(db).Add(new Agency(Guid.NewGuid(), "SOLIQ", new LocalizedText("Soliq qo'mitasi", null, null, null)));
        await TestDatabase.UnitOfWork(db).CommitAsync(World.Audit(w.Ministry, "agency.add"), default);
    }

    private static byte[] Csv(string[][] rows)
    {
        var text = new StringBuilder(Header).Append("\r\n");
        foreach (var row in rows) text.Append(string.Join(',', row.Select(v => v.Contains(',', StringComparison.Ordinal) ? $"\"{v}\"" : v))).Append("\r\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] Xlsx(string[][] rows, bool realDates)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Ro'yxat");
        var headers = Header.Split(',');
        for (var c = 0; c < headers.Length; c++) sheet.Cell(1, c + 1).Value = headers[c];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = sheet.Cell(r + 2, c + 1);
                var isDate = realDates && headers[c] == "inspection_deadline" && DateTime.TryParse(rows[r][c], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
                if (isDate) cell.Value = DateTime.Parse(rows[r][c], System.Globalization.CultureInfo.InvariantCulture);
                else cell.SetValue(rows[r][c]);
            }
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}

public sealed class SqliteImportTests : ImportContract
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await SqliteTestDatabase.CreateAsync();
}

[RequiresPostgres]
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresImportTests(PostgresServer server) : ImportContract
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}

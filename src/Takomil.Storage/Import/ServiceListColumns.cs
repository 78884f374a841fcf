using System.Globalization;
using Takomil.Domain.Services;

namespace Takomil.Storage.Import;

/// <summary>The columns of an annual List file, and how their values are read.</summary>
public static class ServiceListColumns
{
    public const string ServiceCode = "service_code";
    public const string NameUzLatn = "name_uz_latn";
    public const string NameUzCyrl = "name_uz_cyrl";
    public const string NameRu = "name_ru";
    public const string NameEn = "name_en";
    public const string AgencyCode = "agency_code";
    public const string Recipients = "recipients";
    public const string InspectionDeadline = "inspection_deadline";

    public static IReadOnlyList<string> Required { get; } = [ServiceCode, NameUzLatn, AgencyCode, Recipients, InspectionDeadline];

    public const int MaxCodeLength = 64;
    public const int MaxNameLength = 1000;

    private static readonly Dictionary<string, RecipientCategory> RecipientWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["individuals"] = RecipientCategory.Individuals,
        ["jismoniy"] = RecipientCategory.Individuals,
        ["legal_entities"] = RecipientCategory.LegalEntities,
        ["legalentities"] = RecipientCategory.LegalEntities,
        ["yuridik"] = RecipientCategory.LegalEntities,
        ["both"] = RecipientCategory.IndividualsAndLegalEntities,
        ["individualsandlegalentities"] = RecipientCategory.IndividualsAndLegalEntities,
        ["jismoniy_va_yuridik"] = RecipientCategory.IndividualsAndLegalEntities,
    };

    public static string AllowedRecipients => "individuals, legal_entities, both";

    public static bool TryRecipients(string text, out RecipientCategory category) =>
        RecipientWords.TryGetValue(ImportTable.NormalizeHeader(text), out category);

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"];

    public static string AllowedDateFormats => "YYYY-MM-DD, DD.MM.YYYY";

    public static bool TryDate(ImportCell cell, out DateOnly date)
    {
        if (cell.Date is { } stored)
        {
            date = stored;
            return true;
        }
        return DateOnly.TryParseExact(cell.Text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}

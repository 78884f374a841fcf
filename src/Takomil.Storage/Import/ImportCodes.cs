namespace Takomil.Storage.Import;

/// <summary>Reason codes of import errors (resource keys the bot localises). List rules reuse the domain's codes.</summary>
public static class ImportCodes
{
    public const string FileUnreadable = "import.file_unreadable";
    public const string FileEmpty = "import.file_empty";
    public const string TooManyRows = "import.too_many_rows";
    public const string MalformedRow = "import.malformed_row";
    public const string ColumnMissing = "import.column_missing";
    public const string ValueRequired = "import.value_required";
    public const string ValueTooLong = "import.value_too_long";
    public const string AgencyUnknown = "import.agency_unknown";
    public const string RecipientsInvalid = "import.recipients_invalid";
    public const string DateInvalid = "import.date_invalid";
    public const string DuplicateInFile = "import.duplicate_in_file";
    public const string DuplicateNameInFile = "import.duplicate_name_in_file";
    public const string DuplicateNameInDatabase = "import.duplicate_name_in_db";
    public const string ServiceAgencyMismatch = "import.service_agency_mismatch";
}

namespace Takomil.Reports.Tests.Pdf;

/// <summary>
/// What the PDF check needs: LibreOffice's <c>soffice</c> (apt: libreoffice-writer-nogui) and poppler's
/// <c>pdftotext</c>, <c>pdftoppm</c>, <c>pdfinfo</c> and <c>pdffonts</c> (apt: poppler-utils). Locally a missing tool skips the
/// check with the reason; with <c>TAKOMIL_REQUIRE_E2E=1</c> or <c>CI=true</c> it is a failure instead.
/// </summary>
internal static class LibreOfficeEnvironment
{
    public const string SofficeVariable = "TAKOMIL_SOFFICE";
    public const string RequireVariable = "TAKOMIL_REQUIRE_E2E";
    public const string PagesVariable = "TAKOMIL_REPORT_PAGES";

    private static readonly Lazy<(string? Soffice, string Reason)> Lookup = new(Find);

    public static bool Required =>
        Environment.GetEnvironmentVariable(RequireVariable) == "1"
        || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? Soffice => Lookup.Value.Soffice;

    /// <summary>Null when every tool is present; otherwise why the check cannot run.</summary>
    public static string? MissingReason => Lookup.Value.Soffice is null ? Lookup.Value.Reason : null;

    /// <summary>Where page images go for people to look at (default <c>report-pages</c> beside the test assembly).</summary>
    public static string PagesDirectory
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable(PagesVariable);
            return string.IsNullOrWhiteSpace(fromEnv) ? Path.Combine(AppContext.BaseDirectory, "report-pages") : fromEnv;
        }
    }

    private static (string?, string) Find()
    {
        var soffice = Environment.GetEnvironmentVariable(SofficeVariable);
        if (string.IsNullOrWhiteSpace(soffice)) soffice = OnPath("soffice") ?? "/usr/lib/libreoffice/program/soffice";
        if (!File.Exists(soffice))
        {
            return (null, $"soffice not found (apt-get install -y --no-install-recommends libreoffice-writer-nogui, or set {SofficeVariable})");
        }
        foreach (var tool in new[] { "pdftotext", "pdftoppm", "pdfinfo", "pdffonts" })
        {
            if (OnPath(tool) is null) return (null, $"{tool} not found (apt-get install -y poppler-utils)");
        }
        return (soffice, "ready");
    }

    public static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}

/// <summary>A fact reported as skipped, with the reason, when LibreOffice or poppler is missing and not required.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOfficeEnvironment.MissingReason is { } reason && !LibreOfficeEnvironment.Required)
        {
            Skip = "LibreOffice check unavailable: " + reason;
        }
    }
}

/// <summary>A theory reported as skipped, with the reason, when LibreOffice or poppler is missing and not required.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class LibreOfficeTheoryAttribute : TheoryAttribute
{
    public LibreOfficeTheoryAttribute()
    {
        if (LibreOfficeEnvironment.MissingReason is { } reason && !LibreOfficeEnvironment.Required)
        {
            Skip = "LibreOffice check unavailable: " + reason;
        }
    }
}

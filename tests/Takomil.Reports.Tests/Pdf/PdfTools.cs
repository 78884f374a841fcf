using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Takomil.Reports.Tests.Pdf;

/// <summary>
/// Runs LibreOffice (headless, with a private throw-away profile so parallel runs never share one) and poppler's
/// tools, each with a time limit; a tool that hangs is killed with its children and fails the test.
/// </summary>
internal static partial class PdfTools
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>Converts <paramref name="docx"/> to PDF in its own folder and returns the PDF's path.</summary>
    public static async Task<string> ConvertToPdfAsync(string docx)
    {
        var soffice = LibreOfficeEnvironment.Soffice
            ?? throw new InvalidOperationException("LibreOffice is required: " + LibreOfficeEnvironment.MissingReason);
        var folder = Path.GetDirectoryName(docx)!;
        var profile = Path.Combine(Path.GetTempPath(), "takomil-soffice-" + Guid.NewGuid().ToString("N"));
        try
        {
            await RunAsync(soffice,
                ["-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder, docx]);
        }
        finally
        {
            if (Directory.Exists(profile)) Directory.Delete(profile, recursive: true);
        }
        var pdf = Path.ChangeExtension(docx, ".pdf");
        Assert.True(File.Exists(pdf), $"LibreOffice wrote no {pdf}");
        return pdf;
    }

    /// <summary>The PDF's text with every run of white space made one space (table cells and headings wrap).</summary>
    public static async Task<string> TextAsync(string pdf, int? page = null)
    {
        List<string> args = ["-enc", "UTF-8"];
        if (page is { } p) args.AddRange(["-f", p.ToString(CultureInfo.InvariantCulture), "-l", p.ToString(CultureInfo.InvariantCulture)]);
        args.AddRange([pdf, "-"]);
        return Flatten(await RunAsync("pdftotext", args));
    }

    /// <summary>Whether each page is wider than tall, in page order.</summary>
    public static async Task<IReadOnlyList<bool>> LandscapePagesAsync(string pdf)
    {
        var info = await RunAsync("pdfinfo", ["-f", "1", "-l", "999", pdf]);
        return [.. PageSize().Matches(info).Select(m =>
            double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) > double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))];
    }

    /// <summary>The names of the fonts embedded in the PDF, subset prefixes removed.</summary>
    public static async Task<IReadOnlyList<string>> FontsAsync(string pdf)
    {
        var lines = (await RunAsync("pdffonts", [pdf])).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2);
        return [.. lines.Select(l => l.Split(' ', 2)[0]).Select(n => n.Contains('+', StringComparison.Ordinal) ? n[(n.IndexOf('+', StringComparison.Ordinal) + 1)..] : n).Distinct()];
    }

    /// <summary>Renders pages to PNG files named <paramref name="prefix"/>-N.png and returns them.</summary>
    public static async Task<IReadOnlyList<string>> PagesToPngAsync(string pdf, string prefix, int first, int last)
    {
        await RunAsync("pdftoppm", ["-png", "-r", "60", "-f", first.ToString(CultureInfo.InvariantCulture), "-l", last.ToString(CultureInfo.InvariantCulture), pdf, prefix]);
        var folder = Path.GetDirectoryName(prefix)!;
        return [.. Directory.GetFiles(folder, Path.GetFileName(prefix) + "-*.png").Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Text made comparable with what pdftotext extracts: white space runs become one space; hyphens are dropped,
    /// because pdftotext removes a hyphen where LibreOffice broke a line after it ("19-" + "bandlar" comes out as
    /// "19bandlar"); and a space before the Uzbek apostrophes ʻ ʼ goes, as pdftotext adds one where the glyph
    /// comes from a fallback font.
    /// </summary>
    public static string Flatten(string text) =>
        Whitespace().Replace(SpaceBeforeApostrophe().Replace(text.Replace("-", string.Empty, StringComparison.Ordinal), string.Empty), " ").Trim();

    private static async Task<string> RunAsync(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within {Limit}");
        }
        var output = await stdout;
        Assert.True(process.ExitCode == 0, $"{file} exited with {process.ExitCode}: {await stderr}");
        return output;
    }

    [GeneratedRegex(@"\s+(?=[ʻʼ])")]
    private static partial Regex SpaceBeforeApostrophe();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"Page\s+\d+\s+size:\s+([\d.]+)\s+x\s+([\d.]+)")]
    private static partial Regex PageSize();
}

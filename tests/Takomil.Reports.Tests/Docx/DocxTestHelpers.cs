using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Takomil.Reports.Content;
using Takomil.Reports.Docx;

namespace Takomil.Reports.Tests.Docx;

internal static class DocxTestHelpers
{
    public static byte[] Write(ReportContent content, TimeProvider? clock = null)
    {
        using var stream = new MemoryStream();
        new DocxReportWriter(clock ?? new FixedClock()).Write(content, stream);
        return stream.ToArray();
    }

    public static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    public static IReadOnlyList<string> Errors(byte[] docx)
    {
        using var document = Open(docx);
        return [.. new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}")];
    }

    public static string StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? string.Empty;

    /// <summary>The texts of the body's headings of one level, in document order.</summary>
    public static IReadOnlyList<string> Headings(WordprocessingDocument document, int level) =>
        [.. document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Where(p => StyleOf(p) == "Heading" + level).Select(p => p.InnerText)];
}

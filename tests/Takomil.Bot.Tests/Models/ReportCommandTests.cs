using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Bot.Tests.Models.Support;

namespace Takomil.Bot.Tests.Models;

/// <summary><c>report</c> on the golden inspection: links to a DOCX that opens and a Markdown file, in the language asked.</summary>
public sealed class ReportCommandTests(ModelsHost host) : ModelsTestBase(host)
{
    [Theory]
    [InlineData("report HOK-014 ru", "en-US", "Выдача разрешения на перевод жилых помещений в нежилые")]
    [InlineData("hisobot HOK-014", "uz-Latn-UZ", "Turar joy binolarini noturar joy toifasiga oʻtkazishga ruxsat berish")]
    [InlineData("report HOK-014", "en-US", "Turar joy binolarini noturar joy toifasiga oʻtkazishga ruxsat berish")]
    [InlineData("ҳисобот HOK-014 uz-Cyrl", "uz-Cyrl-UZ", "Турар жой биноларини нотурар жой тоифасига ўтказишга рухсат бериш")]
    public async Task Report_LinksServeDocxThatOpensAndMarkdown(string text, string locale, string serviceName)
    {
        var report = await StoredAnalysisAsync();
        await DecideAsync(Person.Dilnoza, "measure.accept", (await InspectionOfAsync(Code))!.Id.ToString(), ProposalOf(report, "R08-sign-off-levels").Id);

        var reply = await AskAsync(Personal(Person.Dilnoza).Say(Person.Dilnoza, text, locale));

        var urls = Urls(CardJson(reply));
        using var docxResponse = await GetFileAsync(urls.Single(u => u.EndsWith(".docx", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, docxResponse.StatusCode);
        await using var docxStream = new MemoryStream(await docxResponse.Content.ReadAsByteArrayAsync());
        using (var document = WordprocessingDocument.Open(docxStream, false))
        {
            var body = document.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains(serviceName, body, StringComparison.Ordinal);
            Assert.Contains(Code, body, StringComparison.Ordinal);
            Assert.NotEmpty(document.MainDocumentPart.ImageParts);
        }
        using var md = await GetFileAsync(urls.Single(u => u.EndsWith(".md", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, md.StatusCode);
        var markdown = await md.Content.ReadAsStringAsync();
        Assert.Contains(serviceName, markdown, StringComparison.Ordinal);
        Assert.Contains("R08-sign-off-levels", markdown, StringComparison.Ordinal);
    }
}

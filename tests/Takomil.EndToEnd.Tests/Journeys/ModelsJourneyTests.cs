using System.IO.Compression;
using Microsoft.Playwright;
using Takomil.EndToEnd.Tests.Infrastructure;
using Takomil.EndToEnd.Tests.Pages;

namespace Takomil.EndToEnd.Tests.Journeys;

/// <summary>
/// Issue #5 in the Agents Playground: the lead asks for the analysis of the seeded golden service (HOK-014, stage 2,
/// with its facts and current model), accepts two proposed measures on the card (it updates in place), looks at the
/// optimised model's diagram and the comparison, and receives the report as a DOCX she can open.
/// </summary>
public sealed class ModelsJourneyTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string UzbekChosen = "endi siz bilan oʻzbek tilida (lotin yozuvida) gaplashaman";

    [PlaygroundFact]
    public async Task PersonalChat_LeadAnalysesAcceptsTwoMeasuresComparesAndReceivesTheReport()
    {
        await using var session = await PlaygroundSession.StartAsync(chromium);
        var lead = session.Playground;
        await lead.OpenPersonalChatAsync();
        await lead.WaitForCardAsync(Welcome.Title());
        await lead.SendAsync("til uz");
        await lead.WaitForTextAsync(UzbekChosen);

        await lead.SendAsync("tahlil HOK-014");
        var analysis = await lead.WaitForCardAsync("Joriy model tahlili (14-band)");
        foreach (var expected in new[] { "Aniqlangan kamchiliklar", "Taklif qilingan choralar (6-band)", "Qabul qilish", "Rad etish" })
        {
            await Assertions.Expect(analysis).ToContainTextAsync(expected);
        }
        await lead.ScreenshotAsync("analysis", includeLogPanel: false, showTopOf: analysis);

        // Two measures accepted; each time the same card is replaced, naming the decision and the new model size.
        await lead.ClickNthCardButtonAsync("Qabul qilish", 0, analysis);
        await Assertions.Expect(analysis).ToContainTextAsync("chora qabul qilindi. Maqbullashtirilgan modelda endi");
        await lead.ClickNthCardButtonAsync("Qabul qilish", 1, analysis);
        await Assertions.Expect(analysis).ToContainTextAsync("2 ta qabul qilindi");
        await lead.ScreenshotAsync("two-measures-accepted", includeLogPanel: false, showTopOf: analysis);
        Assert.Equal(1, await lead.Cards.Filter(new() { HasText = "Joriy model tahlili (14-band)" }).CountAsync());

        await lead.SendAsync("model HOK-014 maqbul");
        var model = await lead.WaitForCardAsync("Tartib-taomillar (12-band)");
        var image = model.Locator("img").First;
        await Assertions.Expect(image).ToBeVisibleAsync();
        await lead.Page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await image.ElementHandleAsync());
        await lead.ScreenshotAsync("to-be-model", includeLogPanel: false, showTopOf: model);

        await lead.SendAsync("taqqosla HOK-014");
        var comparison = await lead.WaitForCardAsync("Joriy va maqbullashtirilgan model taqqoslanishi");
        await Assertions.Expect(comparison).ToContainTextAsync("Oʻzgarish");
        await lead.ScreenshotAsync("comparison", includeLogPanel: false, showTopOf: comparison);

        await lead.SendAsync("hisobot HOK-014");
        var report = await lead.WaitForCardAsync("Tekshirish hisoboti (25-band)");
        await lead.ScreenshotAsync("report", includeLogPanel: false, showTopOf: report);
        var link = await lead.ClickCardLinkAsync("DOCX yuklab olish", report);
        var docx = await lead.DownloadAsync(link);

        var path = Path.Combine(session.ArtifactsFolder, "hisobot.docx");
        await File.WriteAllBytesAsync(path, docx);
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var body = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = await body.ReadToEndAsync();
        Assert.Contains("HOK-014", xml, StringComparison.Ordinal);
        Assert.Contains("Chora-tadbirlar", xml, StringComparison.Ordinal);
    }
}

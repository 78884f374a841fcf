using System.Text.Json.Nodes;
using Takomil.Protocol.Cards;
using Takomil.Testing.Rendering;

namespace Takomil.Protocol.Tests.Cards;

/// <summary>
/// Every builder card through the official Adaptive Cards renderer (npm adaptivecards 3.0.6) in
/// headless Chromium, held to 1.5: zero parse, validation, render or console events. Screenshots
/// land in <see cref="RendererEnvironment.ScreenshotsDirectory"/>.
/// </summary>
public class CardRendererTests(CardRenderer renderer) : IClassFixture<CardRenderer>
{
    private const string Card = """{"type":"AdaptiveCard","version":"1.5" """;
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47];

    [RendererFact]
    public async Task SampleCards_RenderedTogether_AllCleanWithScreenshots()
    {
        var results = await renderer.RenderAllAsync(SampleCards.All.Select(p => KeyValuePair.Create(p.Key, (JsonNode)p.Value.ToJsonObject())));

        Assert.All(results, r => Assert.True(r.IsClean, r.Describe()));
        Assert.All(results, r => Assert.True(r.RenderedHeight > 40, $"{r.Name} rendered {r.RenderedHeight}px high"));
        Assert.All(results, r => Assert.Equal(PngSignature, File.ReadAllBytes(r.ScreenshotPath)[..4]));
    }

    [RendererFact]
    public async Task HostileUserText_Rendered_ShowsLiteralCharactersAndNoFormatting()
    {
        var result = await renderer.RenderAsync("hostile-user-text", SampleCards.All["hostile-user-text"].ToJsonObject());

        Assert.True(result.IsClean, result.Describe());
        foreach (var tag in new[] { "<strong", "<em", "<a ", "<h1", "<li", "<blockquote", "<code", "<del", "<b>" })
        {
            Assert.DoesNotContain(tag, result.RenderedHtml, StringComparison.Ordinal);
        }

        Assert.Contains("**not bold**", result.RenderedHtml, StringComparison.Ordinal);
        Assert.Contains("[not a link](https://evil.example)", result.RenderedHtml, StringComparison.Ordinal);
        Assert.Contains("{{DATE(2025-01-01T00:00:00Z, SHORT)}}", result.RenderedHtml, StringComparison.Ordinal);
        Assert.Contains("${inspection.secret}", result.RenderedHtml, StringComparison.Ordinal);
    }

    [RendererFact]
    public async Task TrustedMarkdown_Rendered_IsFormatted()
    {
        // Proves the harness does apply markdown, so the literal result above means something.
        var card = new AdaptiveCard { Body = [TextBlock.Markdown("**Bold** and [link](https://my.gov.uz)")] };

        var result = await renderer.RenderAsync("trusted-markdown", card.ToJsonObject());

        Assert.True(result.IsClean, result.Describe());
        Assert.Contains("<strong>Bold</strong>", result.RenderedHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://my.gov.uz\"", result.RenderedHtml, StringComparison.Ordinal);
    }

    [RendererFact]
    public async Task UnknownElementType_Rendered_YieldsUnknownElementWarning()
    {
        var result = await renderer.RenderAsync("negative-unknown-element", Card + ""","body":[{"type":"Fancy","text":"x"}]}""");

        Assert.Contains(result.Events, e => e.Event == "UnknownElementType");
    }

    [RendererFact]
    public async Task InvalidPropertyValue_Rendered_YieldsInvalidPropertyWarning()
    {
        var result = await renderer.RenderAsync("negative-invalid-value", Card + ""","body":[{"type":"TextBlock","text":"x","size":"huge"}]}""");

        Assert.Contains(result.Events, e => e.Event == "InvalidPropertyValue" && e.Message.Contains("huge", StringComparison.Ordinal));
    }

    [RendererFact]
    public async Task RequiredInputWithoutLabel_Rendered_YieldsValidationWarnings()
    {
        var result = await renderer.RenderAsync("negative-required-input", Card + ""","body":[{"type":"Input.Text","id":"a","isRequired":true}]}""");

        Assert.Contains(result.Events, e => e.Event == "RequiredInputsShouldHaveLabel");
        Assert.Contains(result.Events, e => e.Event == "RequiredInputsShouldHaveErrorMessage");
    }

    [RendererFact]
    public async Task Version16Card_Rendered_YieldsUnsupportedVersionAboveTeamsCeiling()
    {
        var result = await renderer.RenderAsync("negative-version-1.6", """{"type":"AdaptiveCard","version":"1.6","body":[{"type":"TextBlock","text":"x"}]}""");

        Assert.Contains(result.Events, e => e.Event == "UnsupportedCardVersion");
    }

    [RendererFact]
    public async Task DuplicateIds_Rendered_YieldsDuplicateIdWarning()
    {
        var result = await renderer.RenderAsync("negative-duplicate-id", Card + ""","body":[{"type":"TextBlock","id":"x","text":"a"},{"type":"TextBlock","id":"x","text":"b"}]}""");

        Assert.Contains(result.Events, e => e.Event == "DuplicateId");
    }
}

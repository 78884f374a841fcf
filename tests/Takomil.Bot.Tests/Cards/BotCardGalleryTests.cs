using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Tests.Support;
using Takomil.Testing.Rendering;
using Takomil.Testing.Schemas;

namespace Takomil.Bot.Tests.Cards;

/// <summary>Each card the bot sends is a valid Adaptive Card 1.5 and renders with no warning in the official renderer.</summary>
public sealed class BotCardGalleryTests(TakomilFactory factory, CardRenderer renderer) : IClassFixture<TakomilFactory>, IClassFixture<CardRenderer>
{
    private List<(string Name, JsonNode Json)> Cards()
    {
        using var scope = factory.Services.CreateScope();
        return BotCardGallery.All(scope.ServiceProvider).Select(c => (c.Name, (JsonNode)c.Card.ToJsonObject())).ToList();
    }

    [Fact]
    public void Gallery_CoversEveryCardInEveryLanguage()
    {
        // 6 conversation cards; 7 approval cards; execution cards; interviews: 13 question types, a short choice list,
        // answered, 2 summaries, 2 interviews, 2 conflicts.
        Assert.Equal((6 + 7 + ExecutionGallery.Count + 13 + 1 + 1 + 2 + 2 + 2) * 4, Cards().Count);
    }

    [SchemaFact]
    public void EveryCard_ValidatesAgainstAdaptiveCard15Schema()
    {
        var failures = Cards().SelectMany(c => SchemaValidator.AdaptiveCard15.Validate(c.Json).Select(e => $"{c.Name}: {e}")).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [RendererFact]
    public async Task EveryCard_RendersWithNoWarningInOfficialRenderer()
    {
        var results = await renderer.RenderAllAsync(Cards().Select(c => KeyValuePair.Create(c.Name, c.Json)));
        var dirty = results.Where(r => !r.IsClean).Select(r => r.Describe()).ToList();
        Assert.True(dirty.Count == 0, string.Join("\n", dirty));
        Assert.All(results, r => Assert.True(r.RenderedHeight > 0, $"{r.Name} rendered empty"));
    }

    [RendererFact]
    public async Task HostileText_InFallbackCard_IsShownLiterally()
    {
        var card = Cards().Single(c => c.Name == "help-fallback.en").Json;
        var result = await renderer.RenderAsync("help-fallback-hostile", card);
        Assert.True(result.IsClean, result.Describe());
        Assert.DoesNotContain("<strong>bold</strong>", result.RenderedHtml, StringComparison.Ordinal);
        Assert.Contains("**bold**", result.RenderedHtml, StringComparison.Ordinal);
    }
}

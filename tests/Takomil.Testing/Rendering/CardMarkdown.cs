using System.Text.Json.Nodes;
using Markdig;

namespace Takomil.Testing.Rendering;

/// <summary>
/// Stands in for the markdown engine a Teams client uses: every string of a card is pre-rendered
/// with Markdig (CommonMark, raw HTML disabled, strikethrough and pipe tables on) so the official
/// renderer shows text the way a markdown-enabled host would.
/// </summary>
public static class CardMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .UsePipeTables()
        .Build();

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline).Trim();

    public static Dictionary<string, string> PreRender(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        Collect(card, map);
        return map;
    }

    private static void Collect(JsonNode? node, Dictionary<string, string> map)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    Collect(child, map);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, map);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                map.TryAdd(text, ToHtml(text));
                break;
        }
    }
}

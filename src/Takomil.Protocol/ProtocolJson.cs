using System.Text.Json;
using System.Text.Json.Serialization;

namespace Takomil.Protocol;

/// <summary>The one JSON shape of the wire: camelCase, nulls omitted.</summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Card text is user content: keep it readable (Cyrillic) on the wire; JSON escaping
            // still applies, HTML-sensitive characters are escaped by the default encoder rules.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = 64,
        };
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }
}

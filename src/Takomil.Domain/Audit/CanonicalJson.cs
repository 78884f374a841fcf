using System.Text.Json;
using System.Text.Json.Nodes;

namespace Takomil.Domain.Audit;

/// <summary>
/// One spelling for equal JSON: object keys sorted ordinally, no whitespace. The same payload then hashes the
/// same however its producer ordered or indented it.
/// </summary>
public static class CanonicalJson
{
    public static string Normalize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var node = JsonNode.Parse(json);
        return node is null ? "null" : Sort(node)!.ToJsonString();
    }

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sort(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sort)]),
        JsonValue value => JsonNode.Parse(value.ToJsonString()),
        _ => null,
    };

    public static bool IsValid(string json)
    {
        try
        {
            using var _ = JsonDocument.Parse(json);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

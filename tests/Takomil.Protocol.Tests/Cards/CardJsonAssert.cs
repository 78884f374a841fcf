using System.Text.Json;
using System.Text.Json.Nodes;
using Takomil.Protocol.Cards;

namespace Takomil.Protocol.Tests.Cards;

/// <summary>Exact JSON comparison: same properties, same values, same order.</summary>
internal static class CardJsonAssert
{
    public static void Element(string expected, CardElement element) =>
        Equal(expected, JsonSerializer.SerializeToNode(element, CardJson.Options)!);

    public static void Action(string expected, CardAction action) =>
        Equal(expected, JsonSerializer.SerializeToNode(action, CardJson.Options)!);

    public static void Equal(string expected, JsonNode actual) =>
        Assert.Equal(JsonNode.Parse(expected)!.ToJsonString(), actual.ToJsonString());
}

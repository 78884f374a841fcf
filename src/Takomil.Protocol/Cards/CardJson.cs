using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Takomil.Protocol.Cards;

/// <summary>
/// Serialisation of cards: the wire options of <see cref="ProtocolJson"/> (camelCase, nulls
/// omitted) plus one converter so a list typed as an abstract base (body elements, actions) is
/// written with each item's own properties. Cards are only ever written, never read back.
/// </summary>
public static class CardJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static JsonElement ToElement(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        CardChecks.ThrowIfInvalid(card);
        return JsonSerializer.SerializeToElement(card, Options);
    }

    public static JsonObject ToObject(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        CardChecks.ThrowIfInvalid(card);
        return JsonSerializer.SerializeToNode(card, Options)!.AsObject();
    }

    private static JsonSerializerOptions Create()
    {
        var o = new JsonSerializerOptions(ProtocolJson.Options);
        o.Converters.Add(new RuntimeTypeWriterFactory());
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }

    /// <summary>Writes values declared as <see cref="CardElement"/> or <see cref="CardAction"/> by their runtime type.</summary>
    private sealed class RuntimeTypeWriterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert == typeof(CardElement) || typeToConvert == typeof(CardInput) || typeToConvert == typeof(CardAction);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(RuntimeTypeWriter<>).MakeGenericType(typeToConvert))!;
    }

    private sealed class RuntimeTypeWriter<T> : JsonConverter<T>
        where T : class
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Cards are built in code, never parsed back.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, value.GetType(), options);
    }
}

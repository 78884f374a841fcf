using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Takomil.Storage.Inspections;

/// <summary>
/// Value objects and their collections are stored as JSON text columns: the same mapping works on SQLite and
/// PostgreSQL, and the domain keeps its immutable records. Change detection compares the serialised form.
/// </summary>
public static class DomainJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Stored JSON for {typeof(T).Name} is null.");

    public static bool Same<T>(T a, T b) => Serialize(a) == Serialize(b);

    public static int Hash<T>(T value) => Serialize(value).GetHashCode(StringComparison.Ordinal);

    /// <summary>A deep copy, so EF's snapshot is not the instance the domain goes on to change.</summary>
    public static T Clone<T>(T value) => value is null ? value : Deserialize<T>(Serialize(value));

    /// <summary>Maps the property to a text column holding its JSON.</summary>
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var comparer = new ValueComparer<T>((a, b) => Same(a, b), v => Hash(v), v => Clone(v));
        property.HasConversion(v => Serialize(v), s => Deserialize<T>(s), comparer);
        return property;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

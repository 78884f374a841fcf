using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Takomil.Bot.Tests.Manifest;

/// <summary>
/// Loads the official Teams schemas (draft-04) into NJsonSchema, offline, and closes two gaps between
/// NJsonSchema and the validator Microsoft's own tooling uses (ajv with draft-04, in @microsoft/app-manifest):
/// <list type="bullet">
/// <item><c>const</c> (draft-06) guards <c>manifestVersion</c>; NJsonSchema ignores it, so it becomes a
/// one-value <c>enum</c>, which means the same thing.</item>
/// <item>The localization schema puts <c>maxLength</c> beside <c>$ref</c>; strict draft-04 (and NJsonSchema)
/// ignores siblings of <c>$ref</c>, ajv applies them, so <c>{$ref, …}</c> becomes <c>allOf[{$ref}, {…}]</c>.</item>
/// </list>
/// </summary>
internal static class TeamsSchemaLoader
{
    private static readonly HashSet<string> SchemaMaps =
        new(StringComparer.Ordinal) { "properties", "patternProperties", "definitions", "dependencies" };

    private static readonly HashSet<string> SubSchemas =
        new(StringComparer.Ordinal) { "items", "additionalItems", "additionalProperties", "not", "allOf", "anyOf", "oneOf" };

    // Siblings of $ref that carry no constraint and so need no rewriting.
    private static readonly HashSet<string> Annotations =
        new(StringComparer.Ordinal) { "$ref", "description", "title", "default" };

    public static async Task<JsonSchema> LoadAsync(string path)
    {
        var root = JsonNode.Parse(await File.ReadAllTextAsync(path))
            ?? throw new InvalidDataException($"{path} is empty.");
        Normalise(root);
        return await JsonSchema.FromJsonAsync(root.ToJsonString(), path, OfflineReferenceResolver.Create);
    }

    /// <summary>Every error, with those nested under array items and sub-schemas lifted to the top.</summary>
    public static IReadOnlyList<ValidationError> Validate(JsonSchema schema, string json)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return Flatten(schema.Validate(json)).ToList();
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            yield return error;
            if (error is ChildSchemaValidationError child)
            {
                foreach (var nested in Flatten(child.Errors.Values.SelectMany(e => e)))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>Applies the two rewrites to every schema position (not to property names or enum values).</summary>
    internal static void Normalise(JsonNode? node)
    {
        if (node is not JsonObject schema)
        {
            return;
        }

        foreach (var (key, value) in schema.ToList())
        {
            if (SchemaMaps.Contains(key) && value is JsonObject map)
            {
                foreach (var (_, sub) in map.ToList())
                {
                    Normalise(sub);
                }
            }
            else if (SubSchemas.Contains(key))
            {
                if (value is JsonArray list)
                {
                    foreach (var sub in list)
                    {
                        Normalise(sub);
                    }
                }
                else
                {
                    Normalise(value);
                }
            }
        }

        if (schema["const"] is { } constant)
        {
            schema.Remove("const");
            schema["enum"] = new JsonArray(constant.DeepClone());
        }

        if (schema.ContainsKey("$ref") && schema.Any(p => !Annotations.Contains(p.Key)))
        {
            var constraints = new JsonObject();
            foreach (var (key, value) in schema.ToList())
            {
                if (!Annotations.Contains(key))
                {
                    schema.Remove(key);
                    constraints[key] = value;
                }
            }

            var reference = new JsonObject { ["$ref"] = schema["$ref"]!.DeepClone() };
            schema.Remove("$ref");
            schema["allOf"] = new JsonArray(reference, constraints);
        }
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Takomil.Testing.Schemas;

/// <summary>
/// Validates JSON against the official schemas in <c>shared/schemas</c> with NJsonSchema.
/// Two documented pre-processing steps, both in memory (the shared files are never edited):
/// <list type="bullet">
/// <item>The Bot Framework activity schema holds only <c>definitions</c>; a root
/// <c>allOf: [{$ref: #/definitions/Activity}]</c> is added so a document validates as an Activity
/// (a bare root <c>$ref</c> would hide the sibling <c>definitions</c> from NJsonSchema).</item>
/// <item>The Adaptive Card 1.5 schema forbids unknown root properties, but Teams reads the
/// host extension <c>msteams</c> on the card (<c>{"width":"Full"}</c>, mention <c>entities</c>).
/// With <see cref="AdaptiveCard15WithTeams"/> that one property is declared, itself closed
/// (<c>additionalProperties:false</c>), so everything else stays as strict as the official file.</item>
/// </list>
/// The schema's custom <c>version</c> keyword is ignored by NJsonSchema (it is an unknown
/// keyword, kept as extension data); Teams' 1.5 ceiling is checked by the renderer harness instead.
/// </summary>
public sealed class SchemaValidator
{
    public const string AdaptiveCardFile = "adaptive-card-1.5.json";
    public const string ActivityFile = "botframework-activity-schema.json";

    private static readonly Lazy<SchemaValidator> AdaptiveCardStrict =
        new(() => Load(AdaptiveCardFile, static _ => { }));

    private static readonly Lazy<SchemaValidator> AdaptiveCardTeams =
        new(() => Load(AdaptiveCardFile, DeclareTeamsExtension));

    private static readonly Lazy<SchemaValidator> ActivityLazy =
        new(() => Load(ActivityFile, static root => root["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/definitions/Activity" })));

    private readonly JsonSchema _schema;

    private SchemaValidator(JsonSchema schema, string name)
    {
        _schema = schema;
        Name = name;
    }

    public string Name { get; }

    /// <summary>The official Adaptive Card 1.5 schema, unchanged.</summary>
    public static SchemaValidator AdaptiveCard15 => AdaptiveCardStrict.Value;

    /// <summary>The 1.5 schema plus the Teams <c>msteams</c> root property (see the class remarks).</summary>
    public static SchemaValidator AdaptiveCard15WithTeams => AdaptiveCardTeams.Value;

    /// <summary>The Bot Framework activity schema at <c>#/definitions/Activity</c>.</summary>
    public static SchemaValidator Activity => ActivityLazy.Value;

    /// <summary>Returns one readable line per violation; empty when the document is valid.</summary>
    public IReadOnlyList<string> Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var errors = _schema.Validate(json);
        var lines = new List<string>();
        foreach (var error in errors)
        {
            Describe(error, lines, indent: string.Empty);
        }

        return lines;
    }

    public IReadOnlyList<string> Validate(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Validate(node.ToJsonString());
    }

    public IReadOnlyList<string> Validate(JsonElement element) => Validate(element.GetRawText());

    /// <summary>Fails the current test with every violation listed.</summary>
    public void AssertValid(string json, string? what = null)
    {
        var errors = Validate(json);
        Assert.True(
            errors.Count == 0,
            $"{what ?? "document"} is not valid against {Name}:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}{Environment.NewLine}{json}");
    }

    private static SchemaValidator Load(string fileName, Action<JsonObject> patch)
    {
        var dir = TestAssets.SchemasDirectory
            ?? throw new InvalidOperationException("Shared schemas not found: " + TestAssets.SchemasReason);
        var path = Path.Combine(dir, fileName);
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        patch(root);

        // Task.Run keeps NJsonSchema's async loading off any test synchronisation context.
        var schema = Task.Run(() => JsonSchema.FromJsonAsync(root.ToJsonString(), path)).GetAwaiter().GetResult();
        return new SchemaValidator(schema, fileName);
    }

    private static void DeclareTeamsExtension(JsonObject root)
    {
        var card = root["definitions"]!["AdaptiveCard"]!["properties"]!.AsObject();
        card["msteams"] = JsonNode.Parse("""
            {
              "type": "object",
              "properties": {
                "width": { "enum": [ "Full" ] },
                "entities": { "type": "array", "items": { "type": "object" } }
              },
              "additionalProperties": false
            }
            """);
    }

    // anyOf failures carry one error list per branch. The branch the author meant is the one
    // whose "type" matched and that has the fewest errors, so only that one is shown.
    private static void Describe(ValidationError error, List<string> lines, string indent)
    {
        lines.Add($"{indent}{error.Kind} at {(string.IsNullOrEmpty(error.Path) ? "#" : error.Path)}" +
                  (error.Property is null ? string.Empty : $" (property '{error.Property}')"));
        if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
        {
            var closest = child.Errors.Values.OrderBy(CountLeaves).First();
            foreach (var inner in closest)
            {
                Describe(inner, lines, indent + "  ");
            }
        }
    }

    private static int CountLeaves(ICollection<ValidationError> errors) =>
        errors.Sum(e => e switch
        {
            ChildSchemaValidationError c when c.Errors.Count > 0 => c.Errors.Values.Min(CountLeaves),
            { Kind: ValidationErrorKind.NotInEnumeration, Property: "type" } => 1000,
            _ => 1,
        });
}

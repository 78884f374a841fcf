using NJsonSchema;
using NJsonSchema.Generation;
using NJsonSchema.References;

namespace Takomil.Bot.Tests.Manifest;

/// <summary>Resolves <c>$ref</c>s inside the document only: a remote reference fails loudly instead of going online.</summary>
internal sealed class OfflineReferenceResolver : JsonReferenceResolver
{
    private OfflineReferenceResolver(JsonSchemaAppender appender)
        : base(appender)
    {
    }

    public static JsonReferenceResolver Create(JsonSchema schema) =>
        new OfflineReferenceResolver(new JsonSchemaAppender(schema, new DefaultTypeNameGenerator()));

    public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"Remote $ref '{url}' refused: schemas are validated offline.");

    public override Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"File $ref '{filePath}' refused: the Teams schemas are self-contained.");
}

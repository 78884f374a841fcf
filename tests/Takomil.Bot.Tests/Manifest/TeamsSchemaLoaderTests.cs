using System.Text.Json.Nodes;

namespace Takomil.Bot.Tests.Manifest;

public sealed class TeamsSchemaLoaderTests
{
    [Fact]
    public void Normalise_RefWithConstraints_WrapsBothInAllOf()
    {
        var schema = JsonNode.Parse("""{"properties":{"a":{"type":"string","maxLength":3,"$ref":"#/definitions/s","description":"d"}}}""");

        TeamsSchemaLoader.Normalise(schema);

        Assert.Equal(
            """{"properties":{"a":{"description":"d","allOf":[{"$ref":"#/definitions/s"},{"type":"string","maxLength":3}]}}}""",
            schema!.ToJsonString());
    }

    [Fact]
    public void Normalise_Const_BecomesSingleValueEnum()
    {
        var schema = JsonNode.Parse("""{"properties":{"v":{"type":"string","const":"1.22"}}}""");

        TeamsSchemaLoader.Normalise(schema);

        Assert.Equal("""{"properties":{"v":{"type":"string","enum":["1.22"]}}}""", schema!.ToJsonString());
    }

    [Fact]
    public void Normalise_PropertyNamedConst_IsLeftAlone()
    {
        const string json = """{"properties":{"const":{"type":"string"}},"enum":[{"const":1}]}""";
        var schema = JsonNode.Parse(json);

        TeamsSchemaLoader.Normalise(schema);

        Assert.Equal(json, schema!.ToJsonString());
    }

    [Fact]
    public async Task Load_NormalisedConst_RejectsOtherValue()
    {
        var path = await WriteTempAsync("""{"type":"object","properties":{"v":{"type":"string","const":"1.22"}}}""");
        try
        {
            var schema = await TeamsSchemaLoader.LoadAsync(path);

            Assert.Empty(TeamsSchemaLoader.Validate(schema, """{"v":"1.22"}"""));
            Assert.NotEmpty(TeamsSchemaLoader.Validate(schema, """{"v":"1.21"}"""));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Load_RemoteReference_IsRefusedInsteadOfFetched()
    {
        var path = await WriteTempAsync("""{"type":"object","properties":{"x":{"$ref":"https://example.invalid/other.json#/definitions/x"}}}""");
        try
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TeamsSchemaLoader.LoadAsync(path));

            // NJsonSchema wraps the resolver's refusal; the inner exception proves no fetch was tried.
            var refusal = Assert.IsType<InvalidOperationException>(error.InnerException);
            Assert.StartsWith("Remote $ref 'https://example.invalid/other.json' refused", refusal.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<string> WriteTempAsync(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), "takomil-schema-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(path, json);
        return path;
    }
}

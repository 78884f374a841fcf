using System.Text.Json;
using System.Text.Json.Serialization;
using Takomil.Domain.Common;

namespace Takomil.Analysis.Samples;

/// <summary>Reads a sample model file (samples/models/*.json) from its text. No file access: the caller hands the text.</summary>
public static class ModelSampleFile
{
    /// <summary>The refusal code of a file that is not a sample (bad JSON, wrong shape, missing service).</summary>
    public const string InvalidCode = "analysis.sample_invalid";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 32,
    };

    public static Outcome<ModelSample> Parse(string json, string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        if (string.IsNullOrWhiteSpace(json)) return Invalid(fileName, "empty");
        SampleFileDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<SampleFileDto>(json, Json);
        }
        catch (JsonException e)
        {
            return Invalid(fileName, e.Path ?? e.Message);
        }
        if (dto is null) return Invalid(fileName, "null");
        if (dto.Service is null || string.IsNullOrWhiteSpace(dto.Service.Code) || string.IsNullOrWhiteSpace(dto.Service.NameUzLatn))
        {
            return Invalid(fileName, "$.service");
        }
        if (dto.Procedures?.Any(p => p is null || string.IsNullOrWhiteSpace(p.Key) || string.IsNullOrWhiteSpace(p.Title) || p.Lane is null) == true)
        {
            return Invalid(fileName, "$.procedures");
        }
        return Outcome.Ok(new ModelSample(dto, fileName));
    }

    private static Outcome<ModelSample> Invalid(string file, string where) =>
        Outcome.Refused<ModelSample>(Refusal.Of(InvalidCode, ("file", file), ("path", where)));
}

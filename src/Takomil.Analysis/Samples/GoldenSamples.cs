using Takomil.Domain.Common;

namespace Takomil.Analysis.Samples;

/// <summary>
/// The sample models shipped in samples/models, embedded in this assembly so the bot can seed them in Development
/// (and end-to-end tests can analyse them) without knowing any path.
/// </summary>
public static class GoldenSamples
{
    private const string Prefix = "Takomil.Analysis.Samples.";

    /// <summary>The residential-to-non-residential conversion permit: 16 procedures, 5 agencies, 3 systems.</summary>
    public const string NonResidentialConversion = "noturar-joyga-otkazish";

    /// <summary>Names of the embedded samples (file names without ".json").</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. typeof(GoldenSamples).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^".json".Length])
            .Order(StringComparer.Ordinal),
    ];

    public static Outcome<ModelSample> Load(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var stream = typeof(GoldenSamples).Assembly.GetManifestResourceStream(Prefix + name + ".json");
        if (stream is null) return Outcome.Refused<ModelSample>(Refusal.Of(ModelSampleFile.InvalidCode, ("file", name), ("path", "missing")));
        using var reader = new StreamReader(stream);
        return ModelSampleFile.Parse(reader.ReadToEnd(), $"samples/models/{name}.json");
    }
}

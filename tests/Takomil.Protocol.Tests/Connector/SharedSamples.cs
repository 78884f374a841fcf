using System.Text.Json.Nodes;

namespace Takomil.Protocol.Tests.Connector;

/// <summary>
/// The captured Agents Playground traffic in the shared folder beside the clone (<c>shared/samples/playground</c>,
/// found by walking up from the test binaries, or <c>TAKOMIL_SHARED_DIR</c>). Never copied into the project.
/// </summary>
internal static class SharedSamples
{
    public static string? PlaygroundDirectory { get; } = Locate();

    public static JsonNode Load(string fileName)
    {
        var dir = PlaygroundDirectory ?? throw new InvalidOperationException("shared/samples/playground not found.");
        return JsonNode.Parse(File.ReadAllText(Path.Combine(dir, fileName)))!;
    }

    private static string? Locate()
    {
        if (Environment.GetEnvironmentVariable("TAKOMIL_SHARED_DIR") is { Length: > 0 } fromEnv)
        {
            var candidate = Path.Combine(fromEnv, "samples", "playground");
            return Directory.Exists(candidate) ? candidate : null;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "samples", "playground");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}

/// <summary>A fact that is reported as skipped, with the reason, when the shared samples are absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PlaygroundSampleFactAttribute : FactAttribute
{
    public PlaygroundSampleFactAttribute()
    {
        if (SharedSamples.PlaygroundDirectory is null)
        {
            Skip = "shared/samples/playground not found beside the clone (set TAKOMIL_SHARED_DIR to the shared folder).";
        }
    }
}

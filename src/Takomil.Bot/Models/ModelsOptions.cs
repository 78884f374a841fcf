using Takomil.Documents.Diagrams;

namespace Takomil.Bot.Models;

/// <summary>Section <c>Diagrams</c>: how diagram and chart images are drawn.</summary>
public sealed class DiagramOptions
{
    public const string SectionName = "Diagrams";

    /// <summary>A TrueType font covering Latin and Cyrillic; empty: DejaVu Sans where installed, else the system font.</summary>
    public string? FontPath { get; set; }

    public ImageOptions Image => string.IsNullOrWhiteSpace(FontPath) ? ImageOptions.Default : ImageOptions.Default with { FontPath = FontPath };
}

/// <summary>
/// Section <c>Models:GoldenSample</c>: in Development, the golden sample service is seeded as an inspection being
/// inspected, with its fact sheet and as-is model, so analysis, measures, comparison and report can be tried at once.
/// </summary>
public sealed class GoldenSampleSeedOptions
{
    public const string SectionName = "Models:GoldenSample";

    public bool Enabled { get; set; } = true;

    /// <summary>An embedded sample of <c>samples/models</c> (file name without ".json").</summary>
    public string Sample { get; set; } = Takomil.Analysis.Samples.GoldenSamples.NonResidentialConversion;

    /// <summary>The playground's people (tests/playground/takomil.playground.yml): the lead, a member, an interviewee.</summary>
    public SeedPerson Lead { get; set; } = new() { TeamsUserId = "29:dilnoza-karimova", Name = "Dilnoza Karimova", EntraObjectId = "6a1e2b3c-0001-4d5e-8f90-a1b2c3d4e501" };

    public SeedPerson Member { get; set; } = new() { TeamsUserId = "29:bobur-toshmatov", Name = "Bobur Toshmatov", EntraObjectId = "6a1e2b3c-0002-4d5e-8f90-a1b2c3d4e502" };

    public SeedPerson Interviewee { get; set; } = new() { TeamsUserId = "29:nigora-yusupova", Name = "Nigora Yusupova", EntraObjectId = "6a1e2b3c-0003-4d5e-8f90-a1b2c3d4e503" };
}

public sealed class SeedPerson
{
    public string TeamsUserId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? EntraObjectId { get; set; }
}

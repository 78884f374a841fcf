using System.Text.RegularExpressions;
using Takomil.Analysis;
using Takomil.Analysis.Burden;
using Takomil.Analysis.Samples;
using Takomil.Bot.Localization;
using Takomil.Bot.Models;
using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Inspections;

namespace Takomil.Bot.Tests.Models;

/// <summary>Every code the analysis can emit — finding, change, metric, measure — has a text in all four languages.</summary>
public sealed partial class ModelTextsTests
{
    private static readonly string AnalysisSource = Path.Combine(RepoRoot(), "src", "Takomil.Analysis");

    [Fact]
    public void FindingCodes_InAnalysisSource_AllHaveArgumentsAndTexts()
    {
        var codes = FindingCodesInSource();

        Assert.True(codes.Count >= 14, string.Join(", ", codes));
        foreach (var code in codes)
        {
            Assert.True(ModelTexts.FindingArguments.ContainsKey(code), $"{code} has no argument list in ModelTexts");
            AssertTranslated(code);
        }
        Assert.Empty(ModelTexts.FindingArguments.Keys.Except(codes));
    }

    [Fact]
    public void TransformationCodes_InAnalysisSource_AllHaveTexts()
    {
        var codes = Directory.GetFiles(Path.Combine(AnalysisSource, "Measures"), "*.cs")
            .SelectMany(f => TransformCode().Matches(File.ReadAllText(f)).Select(m => m.Value.Trim('"')))
            .Distinct().ToList();

        Assert.True(codes.Count >= 10, string.Join(", ", codes));
        Assert.All(codes, AssertTranslated);
    }

    [Fact]
    public void Metrics_MeasuresRulesAndUnits_AllHaveTexts()
    {
        foreach (var metric in Metrics.All) AssertTranslated(ModelTexts.MetricPrefix + metric);
        foreach (var measure in Enum.GetValues<Measure>()) AssertTranslated("Measure." + measure);
        foreach (var rule in ServiceAnalyzer.StandardRules) AssertTranslated("analysis.rule." + rule.Id);
        foreach (var unit in Enum.GetValues<Domain.Common.TimeUnit>()) AssertTranslated("analysis.unit." + unit);
    }

    [Fact]
    public void GoldenSample_EveryEmittedCode_IsKnown()
    {
        var sample = GoldenSamples.Load(GoldenSamples.NonResidentialConversion).GetValueOrThrow();
        var lead = new Actor(Guid.NewGuid(), SystemRole.None, new HashSet<WorkingGroupRole> { WorkingGroupRole.Lead }, Guid.NewGuid(), InspectionStage.Inspecting);
        var report = new ServiceAnalyzer().Analyze(sample.Materialize(lead, Guid.NewGuid(), DateTimeOffset.UtcNow).GetValueOrThrow().ToInput());

        Assert.All(report.Findings, f => Assert.True(ModelTexts.FindingArguments.ContainsKey(f.Code), f.Code));
        Assert.All(report.Proposals.SelectMany(p => p.Transformations), t => AssertTranslated(t.Code));
    }

    /// <summary>analysis.finding.{rule name}.{variant}, read from each rule's Finding.Create calls (every literal of the variant argument).</summary>
    private static List<string> FindingCodesInSource()
    {
        var codes = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AnalysisSource, "Rules"), "*.cs"))
        {
            var text = File.ReadAllText(file);
            var id = RuleId().Match(text).Groups[1].Value;
            var name = id[(id.IndexOf('-', StringComparison.Ordinal) + 1)..].Replace('-', '_');
            foreach (Match call in FindingCall().Matches(text))
            {
                codes.AddRange(Literal().Matches(call.Groups[1].Value).Select(l => $"analysis.finding.{name}.{l.Groups[1].Value}"));
            }
        }
        return [.. codes.Distinct()];
    }

    private static void AssertTranslated(string key)
    {
        foreach (var language in new[] { string.Empty, BotLanguages.UzbekLatin, BotLanguages.UzbekCyrillic, BotLanguages.Russian })
        {
            Assert.False(string.IsNullOrWhiteSpace(Texts.GetExact(key, language)), $"'{key}' has no text in '{language}'");
        }
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bot.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"Finding\.Create\(\s*this,\s*([^,]+),")]
    private static partial Regex FindingCall();

    [GeneratedRegex("\"([a-z_]+)\"")]
    private static partial Regex Literal();

    [GeneratedRegex("public string Id => \"([^\"]+)\"")]
    private static partial Regex RuleId();

    [GeneratedRegex("\"analysis\\.transform\\.[a-z_]+\"")]
    private static partial Regex TransformCode();
}

using System.Globalization;
using Takomil.Analysis.Common;

namespace Takomil.Analysis.Findings;

/// <summary>
/// One result of a p. 14 analysis rule: which rule, on which point of the Regulation, about which procedures, documents
/// and agencies, and why — as a text key (<see cref="Code"/>) and structured parameters, so the bot renders it in any
/// of its four languages. <see cref="Id"/> is stable for the same rule, variant and elements.
/// </summary>
public sealed record Finding(
    string Id,
    string RuleId,
    string RegulationPoint,
    string Code,
    IReadOnlyList<string> Procedures,
    IReadOnlyList<string> Documents,
    IReadOnlyList<string> Agencies,
    IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>Builds a finding; the id hashes the rule, the variant and the elements (not the parameters).</summary>
    public static Finding Create(
        IAnalysisRule rule,
        string variant,
        IEnumerable<string> procedures,
        IEnumerable<string> documents,
        IEnumerable<string> agencies,
        params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(parameters);
        var steps = procedures.ToList();
        var docs = documents.Distinct(Names.Comparer).ToList();
        var agencyNames = agencies.Distinct(Names.Comparer).ToList();
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            map[name] = value switch
            {
                decimal d => Dec.Round2(d).ToString("0.##", CultureInfo.InvariantCulture),
                _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
            };
        }
        var id = StableId.Of(rule.Id, [variant, .. steps.Select(s => "p:" + s), .. docs.Select(d => "d:" + d), .. agencyNames.Select(a => "a:" + a)]);
        var dash = rule.Id.IndexOf('-', StringComparison.Ordinal);
        var ruleName = (dash >= 0 ? rule.Id[(dash + 1)..] : rule.Id).Replace('-', '_');
        return new Finding(id, rule.Id, rule.RegulationPoint, $"analysis.finding.{ruleName}.{variant}", steps, docs, agencyNames, map);
    }
}

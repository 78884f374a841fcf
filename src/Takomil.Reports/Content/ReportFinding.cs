namespace Takomil.Reports.Content;

/// <summary>One finding of the p. 14 analysis: the rule that found it, the Regulation point, what and where.</summary>
public sealed record ReportFinding(
    string RuleId, string RegulationPoint, string Title, string Explanation, IReadOnlyList<string> Elements);

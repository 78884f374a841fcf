using Takomil.Domain.Inspections;

namespace Takomil.Reports.Content;

/// <summary>A measure of p. 6 considered for the optimised model, with why, and whether the group accepted it.</summary>
public sealed record ReportMeasure(Measure Measure, string Title, string Rationale, bool Accepted);

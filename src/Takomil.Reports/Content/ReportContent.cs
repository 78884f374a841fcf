using Takomil.Domain.Common;
using Takomil.Domain.Facts;

namespace Takomil.Reports.Content;

/// <summary>
/// Everything the inspection report of p. 25 shows, already computed and already in <see cref="Language"/>: the
/// writers only lay it out, in the order the Regulation builds it (facts p. 11, models p. 12–19, plan p. 26).
/// </summary>
public sealed record ReportContent(
    UiLanguage Language,
    ReportHeader Header,
    IReadOnlyList<string> LegalBasis,
    FactSheet Facts,
    ReportModel AsIs,
    IReadOnlyList<ReportFinding> Findings,
    IReadOnlyList<ReportMeasure> Measures,
    ReportModel ToBe,
    ReportComparison Comparison,
    IReadOnlyList<ReportPlanRow> ActionPlan,
    IReadOnlyList<ReportAnnex> Annexes);

namespace Takomil.Storage.Inspections;

/// <summary>
/// The working group's decision on one measure the analysis proposed (p. 6, p. 15–18): accepted or rejected, by whom
/// and when. Keyed by the proposal's stable id, so a decision survives re-running the analysis on an unchanged model;
/// a later decision on the same proposal replaces the earlier one (the audit trail keeps both).
/// </summary>
public sealed class MeasureDecisionRow
{
    public Guid InspectionId { get; set; }

    /// <summary>The analysis's stable proposal id (<c>P-R05-duplicate-function/…</c>).</summary>
    public required string ProposalId { get; set; }

    /// <summary>The p. 6 measure, by its enum name, as proposed when decided.</summary>
    public required string Measure { get; set; }

    public bool Accepted { get; set; }

    public Guid DecidedBy { get; set; }

    public DateTimeOffset DecidedAt { get; set; }

    /// <summary>Optimistic concurrency (raised by the unit of work): two people deciding at once cannot both win silently.</summary>
    public int Version { get; set; }
}

namespace Takomil.Reports.Content;

/// <summary>
/// One row of the draft action plan (p. 26): which measure, what is to be done, who answers for it and by when.
/// The deadline is text because plans state quarters as often as dates.
/// </summary>
public sealed record ReportPlanRow(
    int Number,
    string Measure,
    string Action,
    string ResponsibleAgency,
    string Executor,
    string Deadline,
    string ExpectedEffect);

/// <summary>An annex: its title and, when it is short enough to print, its text.</summary>
public sealed record ReportAnnex(string Title, string? Text);

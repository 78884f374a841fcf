namespace Takomil.Analysis.Burden;

/// <summary>
/// The applicant's burden by the Standard Cost Model: counts of applicant-facing activities, the hours they take per
/// application and per year (applications of the latest statistics year), and those hours at the tariff.
/// </summary>
public sealed record ScmBurden(
    int Visits,
    int Documents,
    int ElectronicInteractions,
    int ManualInteractions,
    decimal HoursPerApplication,
    decimal HoursPerYear,
    decimal UzsPerYear);

/// <summary>
/// A model's burden in numbers (issue #5 item 2). <see cref="CriticalPathDays"/> is null when the order of procedures
/// is broken; <see cref="ApplicationsPerYear"/> is 0 when the fact sheet has no statistics.
/// </summary>
public sealed record BurdenFigures(
    int Steps,
    int ApplicantVisits,
    int DocumentsAsked,
    IReadOnlyList<string> DocumentsAskedNames,
    int Agencies,
    int ApplicantContactPoints,
    decimal? CriticalPathDays,
    int StepsWithoutTimeLimit,
    decimal FeesUzs,
    long ApplicationsPerYear,
    int? StatisticsYear,
    ScmBurden Scm)
{
    /// <summary>The figure a comparison row shows under <paramref name="metricKey"/> (see <see cref="Metrics"/>).</summary>
    public decimal? Metric(string metricKey) => metricKey switch
    {
        Metrics.Steps => Steps,
        Metrics.ApplicantVisits => ApplicantVisits,
        Metrics.DocumentsAsked => DocumentsAsked,
        Metrics.Agencies => Agencies,
        Metrics.ApplicantContactPoints => ApplicantContactPoints,
        Metrics.CriticalPathDays => CriticalPathDays,
        Metrics.FeesUzs => FeesUzs,
        Metrics.ScmHoursPerApplication => Scm.HoursPerApplication,
        Metrics.ScmHoursPerYear => Scm.HoursPerYear,
        Metrics.ScmUzsPerYear => Scm.UzsPerYear,
        _ => null,
    };
}

/// <summary>Metric keys: stable ids the bot and the report render labels from.</summary>
public static class Metrics
{
    public const string Steps = "steps";
    public const string ApplicantVisits = "applicant_visits";
    public const string DocumentsAsked = "documents_asked";
    public const string Agencies = "agencies";
    public const string ApplicantContactPoints = "applicant_contact_points";
    public const string CriticalPathDays = "critical_path_days";
    public const string FeesUzs = "fees_uzs";
    public const string ScmHoursPerApplication = "scm_hours_per_application";
    public const string ScmHoursPerYear = "scm_hours_per_year";
    public const string ScmUzsPerYear = "scm_uzs_per_year";

    /// <summary>All keys, in the order a comparison lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Steps, ApplicantVisits, DocumentsAsked, Agencies, ApplicantContactPoints, CriticalPathDays, FeesUzs,
        ScmHoursPerApplication, ScmHoursPerYear, ScmUzsPerYear,
    ];
}

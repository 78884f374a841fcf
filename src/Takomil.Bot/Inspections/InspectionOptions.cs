namespace Takomil.Bot.Inspections;

/// <summary>
/// Section <c>Inspections</c>: who holds a ministry-wide role, and the development seed. A person is named by
/// Teams user id (<c>29:…</c>) or Entra object id (a GUID); the configured role applies from their next message
/// and is never stored, so removing someone here takes the role away.
/// </summary>
public sealed class InspectionOptions
{
    public const string SectionName = "Inspections";

    /// <summary>May open inspections, form working groups and edit the annual List (p. 21–23).</summary>
    public IList<string> MinistryLeads { get; } = [];

    /// <summary>Everything a ministry lead may do, plus cancelling inspections and verifying the audit trail.</summary>
    public IList<string> Administrators { get; } = [];

    /// <summary>Records the Republican Commission's decisions on the List.</summary>
    public IList<string> CommissionSecretaries { get; } = [];

    public DevelopmentSeedOptions DevelopmentSeed { get; } = new();
}

/// <summary>
/// Sample data for local development; ignored unless the host runs in the Development environment.
/// </summary>
public sealed class DevelopmentSeedOptions
{
    public bool Enabled { get; set; }

    /// <summary>The year of the sample List; it is imported, submitted and approved when no List exists yet.</summary>
    public int Year { get; set; } = 2026;

    /// <summary>Relative paths are looked up under the content root, then beside the application.</summary>
    public string AgenciesFile { get; set; } = "samples/agencies.csv";

    public string ListFile { get; set; } = "samples/service-list-2026.csv";

    /// <summary>Extra ministry leads in Development only (the Agents Playground's current user, so it works at once).</summary>
    public IList<string> MinistryLeads { get; } = [];
}

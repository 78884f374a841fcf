using Microsoft.Extensions.Options;

namespace Takomil.Bot.Inspections;

/// <summary>Fails start-up on a person id that could never match anyone, naming the entry.</summary>
public sealed class InspectionOptionsValidator : IValidateOptions<InspectionOptions>
{
    private const int MaxIdLength = 200;

    public ValidateOptionsResult Validate(string? name, InspectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(options.MinistryLeads, "MinistryLeads", failures);
        Check(options.Administrators, "Administrators", failures);
        Check(options.CommissionSecretaries, "CommissionSecretaries", failures);
        var seed = options.DevelopmentSeed;
        if (seed.Enabled)
        {
            Check(seed.MinistryLeads, "DevelopmentSeed:MinistryLeads", failures);
            if (seed.Year is < 2016 or > 2100) failures.Add($"{InspectionOptions.SectionName}:DevelopmentSeed:Year must be between 2016 and 2100 (got {seed.Year}).");
            if (string.IsNullOrWhiteSpace(seed.ListFile)) failures.Add($"{InspectionOptions.SectionName}:DevelopmentSeed:ListFile is required when the seed is enabled.");
            if (string.IsNullOrWhiteSpace(seed.AgenciesFile)) failures.Add($"{InspectionOptions.SectionName}:DevelopmentSeed:AgenciesFile is required when the seed is enabled.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>A Teams user id ("29:…", "8:orgid:…") or an Entra object id.</summary>
    public static bool IsPersonId(string? id) =>
        !string.IsNullOrWhiteSpace(id)
        && id.Length <= MaxIdLength
        && !id.Any(char.IsWhiteSpace)
        && (Guid.TryParse(id, out var guid) ? guid != Guid.Empty : id.IndexOf(':', StringComparison.Ordinal) > 0);

    private static void Check(IList<string> ids, string list, List<string> failures)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (!IsPersonId(ids[i]))
            {
                failures.Add($"{InspectionOptions.SectionName}:{list}:{i} = '{ids[i]}' is neither a Teams user id (29:…) nor an Entra object id (GUID).");
            }
        }
    }
}

namespace Takomil.Domain.Inspections;

/// <summary>
/// The measures of p. 6 an optimised model and an action plan apply. The seed letters them after the
/// Cyrillic alphabet (a, b, v, g, d, e, j, z, i); the comment gives each one's letter there.
/// </summary>
public enum Measure
{
    /// <summary>a) change procedures.</summary>
    ChangeProcedures = 0,

    /// <summary>b) remove redundant or duplicate procedures.</summary>
    RemoveRedundantProcedures = 1,

    /// <summary>v) set or cut time limits.</summary>
    SetOrCutTimeLimits = 2,

    /// <summary>g) set or cut the cost, including the payment procedure.</summary>
    SetOrCutCost = 3,

    /// <summary>d) unify the agencies' documents (p. 7).</summary>
    UnifyDocuments = 4,

    /// <summary>e) set or cut the documents the applicant submits.</summary>
    CutApplicantDocuments = 5,

    /// <summary>j) assign or remove agencies, redistributing functions.</summary>
    ReassignAgencies = 6,

    /// <summary>z) delegate decision rights to staff, with responsibility.</summary>
    DelegateDecisions = 7,

    /// <summary>i) deliver through one-stop shops ("single window").</summary>
    SingleWindow = 8,
}

/// <summary>The letters of p. 6 as the issues write them (a–i, see <see cref="Measure"/>).</summary>
public static class MeasureLetters
{
    public static string Letter(this Measure measure) => ((char)('a' + (int)measure)).ToString();

    public static bool TryParse(string? letter, out Measure measure)
    {
        measure = default;
        if (letter is not { Length: 1 } || letter[0] < 'a' || letter[0] > 'i') return false;
        measure = (Measure)(letter[0] - 'a');
        return Enum.IsDefined(measure);
    }
}

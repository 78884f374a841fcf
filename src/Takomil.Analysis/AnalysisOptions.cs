using Takomil.Domain.Common;

namespace Takomil.Analysis;

/// <summary>
/// The Standard Cost Model assumptions: how long an applicant spends on each kind of activity, and what an hour
/// of their time is worth. Defaults are documented (with their reasons) in docs/analysis.md.
/// </summary>
public sealed record ScmOptions
{
    /// <summary>One visit to an office: travel, queue and the service at the counter.</summary>
    public decimal HoursPerVisit { get; init; } = 3.0m;

    /// <summary>Obtaining one document the applicant must bring from outside the process.</summary>
    public decimal HoursPerDocument { get; init; } = 2.0m;

    /// <summary>One electronic interaction (a portal form, an online payment, reading a notice).</summary>
    public decimal HoursPerElectronicInteraction { get; init; } = 0.25m;

    /// <summary>One paper interaction that is not a visit (filling a paper form at home, signing).</summary>
    public decimal HoursPerManualInteraction { get; init; } = 0.5m;

    /// <summary>The value of an applicant's hour in UZS (roughly the average wage per working hour).</summary>
    public decimal TariffUzsPerHour { get; init; } = 30_000m;
}

/// <summary>
/// Every threshold of the analysis, the burden figures and the to-be transformation. The bot binds it from
/// configuration; the defaults are those docs/analysis.md states.
/// </summary>
public sealed record AnalysisOptions
{
    public static AnalysisOptions Default { get; } = new();

    /// <summary>R03: more visits than this is a finding (the single-window aim is one visit at most).</summary>
    public int MaxApplicantVisits { get; init; } = 1;

    /// <summary>R08: more distinct sign-off levels in one chain than this is a finding.</summary>
    public int MaxSignOffLevels { get; init; } = 2;

    /// <summary>Hours of one working day, to turn hour limits into working days.</summary>
    public decimal HoursPerWorkingDay { get; init; } = 8m;

    /// <summary>Working days of a week, to turn calendar days into working days.</summary>
    public decimal WorkingDaysPerWeek { get; init; } = 5m;

    /// <summary>R07: steps on an over-long critical path taking longer than this are proposed for a cut to it.</summary>
    public decimal TargetStepWorkingDays { get; init; } = 3m;

    /// <summary>R10: a criterion shorter than this (in characters) is too vague to apply.</summary>
    public int MinCriterionLength { get; init; } = 15;

    /// <summary>R10: phrases that leave a decision to discretion ("in other cases", "if expedient").</summary>
    public IReadOnlyList<string> VagueCriterionMarkers { get; init; } =
    [
        "boshqa hollarda", "zarur hollarda", "zarur bo'lganda", "maqsadga muvofiq", "va boshqalar", "asosli sabab",
        "бошқа ҳолларда", "зарур ҳолларда", "мақсадга мувофиқ",
        "в иных случаях", "в других случаях", "при необходимости", "нецелесообразн", "и другие",
        "other cases", "if necessary", "where appropriate", "etc.",
    ];

    /// <summary>R08: words in a step title that mark an agreement, approval or signature.</summary>
    public IReadOnlyList<string> SignOffMarkers { get; init; } =
    [
        "kelish", "tasdiql", "imzol", "viza",
        "келиш", "тасдиқл", "имзол", "виза",
        "соглас", "утвержд", "подпис", "визир",
        "approv", "sign-off", "sign off", "endorse",
    ];

    /// <summary>Value of one base calculation amount (BHM) in UZS; fees set in BHM multiples are converted with it.</summary>
    public decimal BhmUzs { get; init; } = 412_000m;

    public ScmOptions Scm { get; init; } = new();

    /// <summary>The lane applicant-facing steps move to under measure i (single window).</summary>
    public string OneStopShopName { get; init; } = "Davlat xizmatlari markazi";

    public string OneStopShopRole { get; init; } = "Davlat xizmatlari markazi mutaxassisi";

    /// <summary>The system an applicant uses for a step made electronic.</summary>
    public string PortalName { get; init; } = "Yagona interaktiv davlat xizmatlari portali";

    /// <summary>The applicant lane's name when the model has none.</summary>
    public string ApplicantLaneName { get; init; } = "Ariza beruvchi";

    /// <summary>Time limit of an interagency electronic request that replaces a document the applicant brought.</summary>
    public TimeLimit InteragencyRequestTime { get; init; } = new(4m, TimeUnit.Hours);

    /// <summary>Problems with the options themselves; analysis with invalid options would divide by zero.</summary>
    public IReadOnlyList<Refusal> Validate()
    {
        var issues = new List<Refusal>();
        void Positive(decimal value, string name)
        {
            if (value <= 0) issues.Add(Refusal.Of(ReasonCodes.ValueOutOfRange, ("field", name)));
        }
        void NotNegative(decimal value, string name)
        {
            if (value < 0) issues.Add(Refusal.Of(ReasonCodes.ValueOutOfRange, ("field", name)));
        }
        Positive(HoursPerWorkingDay, nameof(HoursPerWorkingDay));
        Positive(WorkingDaysPerWeek, nameof(WorkingDaysPerWeek));
        Positive(TargetStepWorkingDays, nameof(TargetStepWorkingDays));
        NotNegative(MaxApplicantVisits, nameof(MaxApplicantVisits));
        Positive(MaxSignOffLevels, nameof(MaxSignOffLevels));
        NotNegative(MinCriterionLength, nameof(MinCriterionLength));
        NotNegative(BhmUzs, nameof(BhmUzs));
        NotNegative(Scm.HoursPerVisit, "Scm.HoursPerVisit");
        NotNegative(Scm.HoursPerDocument, "Scm.HoursPerDocument");
        NotNegative(Scm.HoursPerElectronicInteraction, "Scm.HoursPerElectronicInteraction");
        NotNegative(Scm.HoursPerManualInteraction, "Scm.HoursPerManualInteraction");
        NotNegative(Scm.TariffUzsPerHour, "Scm.TariffUzsPerHour");
        if (!InteragencyRequestTime.IsValid) issues.Add(Refusal.Of(ReasonCodes.ValueOutOfRange, ("field", nameof(InteragencyRequestTime))));
        if (string.IsNullOrWhiteSpace(OneStopShopName)) issues.Add(Refusal.Of(ReasonCodes.ValueRequired, ("field", nameof(OneStopShopName))));
        if (string.IsNullOrWhiteSpace(ApplicantLaneName)) issues.Add(Refusal.Of(ReasonCodes.ValueRequired, ("field", nameof(ApplicantLaneName))));
        return issues;
    }
}

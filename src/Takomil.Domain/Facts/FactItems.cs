using Takomil.Domain.Common;
using Takomil.Domain.Services;

namespace Takomil.Domain.Facts;

/// <summary>An item of a list section of the fact sheet; its id stays stable across edits.</summary>
public interface IFactItem
{
    Guid Id { get; }

    Provenance Provenance { get; }
}

/// <summary>p. 11 (1): a legal act that sets the procedure and requirements of the service.</summary>
public sealed record LegalAct(
    Guid Id, string Title, string? Number, DateOnly? AdoptedOn, IReadOnlyList<string> Articles, Provenance Provenance) : IFactItem;

public enum AgencyParticipation
{
    /// <summary>Provides the service to the applicant.</summary>
    Provider = 0,

    /// <summary>Takes part (answers requests, agrees, examines).</summary>
    Participant = 1,

    /// <summary>A subordinate organisation of a provider or participant.</summary>
    Subordinate = 2,
}

/// <summary>p. 11 (2): an agency, subordinate organisation or unit taking part, and which of its units do.</summary>
public sealed record ParticipatingAgency(
    Guid Id, Guid? AgencyId, string Name, AgencyParticipation Role, IReadOnlyList<string> Units, Provenance Provenance) : IFactItem;

/// <summary>p. 11 (4): a category of persons who receive the service.</summary>
public sealed record RecipientFact(Guid Id, RecipientCategory Category, string? Description, Provenance Provenance) : IFactItem;

/// <summary>
/// p. 11 (5, 6): a document the applicant submits or receives. <see cref="HeldByState"/> and
/// <see cref="HoldingSystem"/> feed the p. 14 analysis: a document the state already holds need not be asked for.
/// </summary>
public sealed record DocumentFact(
    Guid Id,
    string Name,
    string? Issuer,
    bool HeldByState,
    string? HoldingSystem,
    string? SampleFileRef,
    Provenance Provenance) : IFactItem;

/// <summary>p. 11 (7): an information system or resource used, who owns it, what it is integrated with.</summary>
public sealed record InformationSystemFact(
    Guid Id, string Name, string? Owner, IReadOnlyList<string> Integrations, Provenance Provenance) : IFactItem;

public enum PaymentMethod
{
    Cash = 0,
    BankTransfer = 1,
    BankCard = 2,
    PaymentSystem = 3,
    SinglePortal = 4,
}

public enum PaymentTiming
{
    BeforeApplying = 0,
    WithApplication = 1,
    AfterDecision = 2,
    BeforeIssue = 3,
}

/// <summary>One fee of the service (state duty, charge for a form, …).</summary>
public sealed record Fee(string Purpose, Amount Amount);

/// <summary>p. 11 (3): current cost and time limits, ways and deadlines of payment.</summary>
public sealed record CostAndTerms(
    bool IsFree,
    IReadOnlyList<Fee> Fees,
    TimeLimit? TimeLimit,
    IReadOnlyList<PaymentMethod> PaymentMethods,
    PaymentTiming? PaymentDue,
    int? PaymentWithinDays,
    Provenance Provenance);

/// <summary>p. 11 (8): one year of statistics.</summary>
public sealed record YearStatistics(
    int Year, long Applications, long ElectronicApplications, long Refusals, decimal AverageDays, Provenance Provenance)
{
    public decimal ElectronicShare => Applications == 0 ? 0m : Math.Round((decimal)ElectronicApplications / Applications, 4);
}

/// <summary>One observation on how a legal act is applied in practice.</summary>
public sealed record PracticeFinding(string LegalActReference, string Observation, bool DeviatesFromLaw);

/// <summary>p. 11 (9): how the legal acts are applied in practice.</summary>
public sealed record PracticeAnalysis(string Summary, IReadOnlyList<PracticeFinding> Findings, Provenance Provenance);

public sealed record AppealTopic(string Topic, long Count);

/// <summary>p. 11 (10): the appeals and complaints received about the service.</summary>
public sealed record AppealsAnalysis(long Count, IReadOnlyList<AppealTopic> Topics, Provenance Provenance);

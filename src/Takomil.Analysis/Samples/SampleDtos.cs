using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Models;
using Takomil.Domain.Services;

namespace Takomil.Analysis.Samples;

// The shape of samples/models/*.json: the fact sheet of p. 11 and the as-is procedures, without ids or provenance
// (those are given when a sample is materialised). Lists may be omitted; enums are written by name.

/// <summary>The service a sample describes, as the annual List names it.</summary>
public sealed record SampleService(string Code, string NameUzLatn, string? NameUzCyrl, string? NameRu, string? NameEn, string? AgencyCode);

internal sealed record SampleFileDto(
    string? Name,
    SampleService? Service,
    int InspectionYear,
    SampleFactsDto? Facts,
    List<DocumentProfile>? DocumentProfiles,
    List<SampleProcedureDto>? Procedures);

internal sealed record SampleFactsDto(
    List<SampleLegalActDto>? LegalActs,
    List<SampleAgencyDto>? Agencies,
    SampleCostDto? CostAndTerms,
    List<SampleRecipientDto>? Recipients,
    List<SampleDocumentDto>? InputDocuments,
    List<SampleDocumentDto>? OutputDocuments,
    List<SampleSystemDto>? InformationSystems,
    List<SampleYearDto>? Statistics,
    SamplePracticeDto? PracticeAnalysis,
    SampleAppealsDto? Appeals);

internal sealed record SampleLegalActDto(string Title, string? Number, DateOnly? AdoptedOn, List<string>? Articles);

internal sealed record SampleAgencyDto(string Name, AgencyParticipation Role, List<string>? Units);

internal sealed record SampleFeeDto(string Purpose, decimal? Uzs, decimal? BhmMultiple);

internal sealed record SampleCostDto(
    bool IsFree, List<SampleFeeDto>? Fees, TimeLimit? TimeLimit, List<PaymentMethod>? PaymentMethods, PaymentTiming? PaymentDue, int? PaymentWithinDays);

internal sealed record SampleRecipientDto(RecipientCategory Category, string? Description);

internal sealed record SampleDocumentDto(string Name, string? Issuer, bool HeldByState, string? HoldingSystem, string? SampleFileRef);

internal sealed record SampleSystemDto(string Name, string? Owner, List<string>? Integrations);

internal sealed record SampleYearDto(int Year, long Applications, long ElectronicApplications, long Refusals, decimal AverageDays);

internal sealed record SamplePracticeDto(string Summary, List<PracticeFinding>? Findings);

internal sealed record SampleAppealsDto(long Count, List<AppealTopic>? Topics);

internal sealed record SampleDecisionDto(string Question, List<string>? GrantCriteria, List<string>? RefusalCriteria);

internal sealed record SampleProcedureDto(
    string Key,
    string Title,
    Participant Lane,
    string? PerformerRole,
    ProcedureKind Kind,
    List<string>? InputDocuments,
    List<string>? OutputDocuments,
    List<string>? InformationSystems,
    TimeLimit? TimeLimit,
    Amount? Cost,
    List<string>? Predecessors,
    SampleDecisionDto? Decision,
    string? Description);

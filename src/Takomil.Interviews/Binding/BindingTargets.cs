using Takomil.Domain.Facts;
using Takomil.Domain.Models;
using Takomil.Domain.Services;
using static Takomil.Interviews.QuestionType;

namespace Takomil.Interviews;

/// <summary>
/// Every path of the inspection model a script may bind to, with the question types that fit it ("[]" is the index
/// of a repeat instance). Calculations may bind anywhere; their value is checked when it is applied.
/// </summary>
internal static class BindingTargets
{
    private static readonly QuestionType[] Texts = [Text, LongText];
    private static readonly QuestionType[] TextOrChoice = [Text, LongText, SelectOne];
    private static readonly QuestionType[] TextList = [Text, LongText, SelectMany];

    public static readonly IReadOnlyDictionary<string, QuestionType[]> All = new Dictionary<string, QuestionType[]>(StringComparer.Ordinal)
    {
        // p. 11 (1)
        ["facts.legalActs[].title"] = Texts,
        ["facts.legalActs[].number"] = Texts,
        ["facts.legalActs[].adoptedOn"] = [Date],
        ["facts.legalActs[].articles"] = Texts,
        // p. 11 (2)
        ["facts.agencies[].name"] = Texts,
        ["facts.agencies[].role"] = [SelectOne],
        ["facts.agencies[].units"] = TextList,
        // p. 11 (3)
        ["facts.costAndTerms.isFree"] = [YesNo],
        ["facts.costAndTerms.timeLimit"] = [Duration],
        ["facts.costAndTerms.paymentMethods"] = [SelectMany],
        ["facts.costAndTerms.paymentDue"] = [SelectOne],
        ["facts.costAndTerms.paymentWithinDays"] = [Integer],
        ["facts.costAndTerms.fees[].purpose"] = Texts,
        ["facts.costAndTerms.fees[].amount"] = [Money],
        ["facts.costAndTerms.fees[].bhmMultiple"] = [QuestionType.Decimal, Integer],
        // p. 11 (4)
        ["facts.recipients[].category"] = [SelectOne],
        ["facts.recipients[].description"] = Texts,
        // p. 11 (5, 6)
        ["facts.inputDocuments[].name"] = TextOrChoice,
        ["facts.inputDocuments[].issuer"] = Texts,
        ["facts.inputDocuments[].heldByState"] = [YesNo],
        ["facts.inputDocuments[].holdingSystem"] = Texts,
        ["facts.inputDocuments[].sample"] = [QuestionType.File, Text],
        ["facts.outputDocuments[].name"] = TextOrChoice,
        ["facts.outputDocuments[].issuer"] = Texts,
        ["facts.outputDocuments[].heldByState"] = [YesNo],
        ["facts.outputDocuments[].holdingSystem"] = Texts,
        ["facts.outputDocuments[].sample"] = [QuestionType.File, Text],
        // p. 11 (7)
        ["facts.informationSystems[].name"] = Texts,
        ["facts.informationSystems[].owner"] = Texts,
        ["facts.informationSystems[].integrations"] = TextList,
        ["facts.noInformationSystems"] = [YesNo],
        // p. 11 (8)
        ["facts.statistics[].year"] = [Integer],
        ["facts.statistics[].applications"] = [Integer],
        ["facts.statistics[].electronicApplications"] = [Integer],
        ["facts.statistics[].refusals"] = [Integer],
        ["facts.statistics[].averageDays"] = [QuestionType.Decimal, Integer],
        // p. 11 (9)
        ["facts.practice.summary"] = Texts,
        ["facts.practice.findings[].legalAct"] = TextOrChoice,
        ["facts.practice.findings[].observation"] = Texts,
        ["facts.practice.findings[].deviatesFromLaw"] = [YesNo],
        // p. 11 (10)
        ["facts.appeals.count"] = [Integer],
        ["facts.appeals.topics[].topic"] = Texts,
        ["facts.appeals.topics[].count"] = [Integer],
        // p. 13: the as-is model, one procedure per repeat instance
        ["asis.procedures[].key"] = Texts,
        ["asis.procedures[].title"] = Texts,
        ["asis.procedures[].lane.kind"] = [SelectOne],
        ["asis.procedures[].lane.name"] = TextOrChoice,
        ["asis.procedures[].performerRole"] = Texts,
        ["asis.procedures[].kind"] = [SelectOne],
        ["asis.procedures[].inputDocuments"] = TextList,
        ["asis.procedures[].outputDocuments"] = TextList,
        ["asis.procedures[].informationSystems"] = TextList,
        ["asis.procedures[].timeLimit"] = [Duration],
        ["asis.procedures[].cost"] = [Money],
        ["asis.procedures[].predecessors"] = [SelectMany],
        ["asis.procedures[].decision.question"] = Texts,
        ["asis.procedures[].decision.grantCriteria"] = Texts,
        ["asis.procedures[].decision.refusalCriteria"] = Texts,
        ["asis.procedures[].description"] = Texts,
    };

    /// <summary>Paths whose choice values must name a member of a domain enum ("legal_entities" → LegalEntities).</summary>
    public static readonly IReadOnlyDictionary<string, Type> Enums = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["facts.agencies[].role"] = typeof(AgencyParticipation),
        ["facts.costAndTerms.paymentMethods"] = typeof(PaymentMethod),
        ["facts.costAndTerms.paymentDue"] = typeof(PaymentTiming),
        ["facts.recipients[].category"] = typeof(RecipientCategory),
        ["asis.procedures[].lane.kind"] = typeof(ParticipantKind),
        ["asis.procedures[].kind"] = typeof(ProcedureKind),
    };

    public static bool IsEnumMember(Type type, string value) =>
        Enum.TryParse(type, value.Replace("_", string.Empty, StringComparison.Ordinal), true, out var parsed)
        && Enum.IsDefined(type, parsed!) && !value.All(char.IsAsciiDigit);
}

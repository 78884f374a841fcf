namespace Takomil.Domain.Facts;

/// <summary>The ten things an inspection establishes (p. 11), in the order of the Regulation.</summary>
public enum FactSection
{
    LegalActs = 1,
    Agencies = 2,
    CostAndTerms = 3,
    Recipients = 4,
    InputDocuments = 5,
    OutputDocuments = 6,
    InformationSystems = 7,
    Statistics = 8,
    PracticeAnalysis = 9,
    Appeals = 10,
}

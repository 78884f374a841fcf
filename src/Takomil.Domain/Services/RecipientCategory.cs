namespace Takomil.Domain.Services;

/// <summary>Who a service is for (p. 11, fourth fact; the applicants of p. 13).</summary>
public enum RecipientCategory
{
    Individuals = 0,
    LegalEntities = 1,
    IndividualsAndLegalEntities = 2,
}

namespace Takomil.Domain.Services;

/// <summary>A formal decision that backs a step: the Commission's minutes, a working-group meeting, an order.</summary>
public sealed record DecisionReference(string Reference, DateOnly Date)
{
    public static bool IsValid(DecisionReference? decision) =>
        decision is not null && !string.IsNullOrWhiteSpace(decision.Reference) && decision.Date != default;
}

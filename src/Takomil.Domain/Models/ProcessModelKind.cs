namespace Takomil.Domain.Models;

/// <summary>The current model (p. 12–13) or the optimised one (p. 15–18).</summary>
public enum ProcessModelKind
{
    AsIs = 0,
    ToBe = 1,
}

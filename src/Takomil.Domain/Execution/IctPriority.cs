namespace Takomil.Domain.Execution;

/// <summary>How urgent an agency rates a proposed information system (stage 4).</summary>
public enum IctPriority
{
    High = 0,
    Medium = 1,
    Low = 2,
}

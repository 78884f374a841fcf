namespace Takomil.Domain.Services;

/// <summary>Where the annual List stands (p. 21; annex stage 1).</summary>
public enum ServiceListState
{
    /// <summary>The Ministry is preparing it.</summary>
    Draft = 0,

    /// <summary>Submitted to the Republican Commission (due by 1 December of the year before).</summary>
    Submitted = 1,

    /// <summary>Approved by the Republican Commission; inspections may start.</summary>
    Approved = 2,
}

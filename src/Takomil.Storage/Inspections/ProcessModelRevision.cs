namespace Takomil.Storage.Inspections;

/// <summary>
/// A frozen copy of a process model as it was at one <see cref="Takomil.Domain.Models.ProcessModel.Revision"/>,
/// written with every save, so earlier versions of a model can be shown and compared.
/// </summary>
public sealed class ProcessModelRevision
{
    public Guid ModelId { get; set; }

    public int Revision { get; set; }

    public Guid InspectionId { get; set; }

    public string Kind { get; set; } = string.Empty;

    /// <summary>The procedures as JSON, in the same form as the live model's column.</summary>
    public string ProceduresJson { get; set; } = "[]";

    public Guid? ChangedBy { get; set; }

    public DateTimeOffset SavedAt { get; set; }
}

namespace Takomil.Domain.Services;

/// <summary>One service on the annual List, with its inspection deadline (p. 21: deadlines follow from the List).</summary>
public sealed class ServiceListEntry
{
    private ServiceListEntry()
    {
    }

    internal ServiceListEntry(Guid serviceId, DateOnly inspectionDeadline)
    {
        ServiceId = serviceId;
        InspectionDeadline = inspectionDeadline;
    }

    public Guid ServiceId { get; private set; }

    /// <summary>By when the inspection and the current and optimised models must be done (p. 21–22).</summary>
    public DateOnly InspectionDeadline { get; internal set; }
}

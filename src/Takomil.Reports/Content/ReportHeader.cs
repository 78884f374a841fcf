using Takomil.Domain.Access;

namespace Takomil.Reports.Content;

/// <summary>The inspected service and the inspection itself, for the title page and the general information.</summary>
public sealed record ReportHeader(
    string ServiceName,
    string ServiceCode,
    string ProviderAgency,
    int Year,
    DateOnly ReportDate,
    DateOnly? InspectionStarted,
    DateOnly? InspectionCompleted,
    IReadOnlyList<ReportMember> WorkingGroup);

/// <summary>A working-group member (p. 23); the roles are localised by the report.</summary>
public sealed record ReportMember(string FullName, string Position, IReadOnlyList<WorkingGroupRole> Roles);

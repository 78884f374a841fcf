using Takomil.Domain.Access;

namespace Takomil.Reports.Content;

/// <summary>
/// The inspected service and the inspection itself, for the title page and the general information.
/// <see cref="Authority"/> names the ministry on the title page; without it the report uses the name the
/// Regulation gives (the Ministry for the Development of ICT), in the report's language.
/// </summary>
public sealed record ReportHeader(
    string ServiceName,
    string ServiceCode,
    string ProviderAgency,
    int Year,
    DateOnly ReportDate,
    DateOnly? InspectionStarted,
    DateOnly? InspectionCompleted,
    IReadOnlyList<ReportMember> WorkingGroup,
    string? Authority = null);

/// <summary>A working-group member (p. 23); the roles are localised by the report.</summary>
public sealed record ReportMember(string FullName, string Position, IReadOnlyList<WorkingGroupRole> Roles);

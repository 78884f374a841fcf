using Takomil.Domain.Common;
using Takomil.Domain.Inspections;

namespace Takomil.Domain.Models;

/// <summary>How a procedure is carried out; the p. 14 analysis looks for manual steps and visits to remove.</summary>
public enum ProcedureKind
{
    Manual = 0,
    Electronic = 1,
    InteragencyRequest = 2,
    ApplicantVisit = 3,
}

public enum ParticipantKind
{
    Applicant = 0,
    Agency = 1,
    Employee = 2,
    Other = 3,
}

/// <summary>A participant of the service (p. 13, first item): the lane a procedure sits in.</summary>
public sealed record Participant(ParticipantKind Kind, string Name, Guid? AgencyId = null);

/// <summary>A decision point: the criteria for granting or refusing the service (p. 14, last item).</summary>
public sealed record DecisionPoint(string Question, IReadOnlyList<string> GrantCriteria, IReadOnlyList<string> RefusalCriteria)
{
    public bool HasCriteria =>
        GrantCriteria.Any(c => !string.IsNullOrWhiteSpace(c)) && RefusalCriteria.Any(c => !string.IsNullOrWhiteSpace(c));
}

/// <summary>
/// One procedure of a process model (p. 13): who does it, what goes in and out, which systems, how long, how much,
/// and which procedures must finish first. Several predecessors join branches; several successors fork them.
/// </summary>
public sealed record Procedure(
    string Key,
    string Title,
    Participant Lane,
    string PerformerRole,
    ProcedureKind Kind,
    IReadOnlyList<string> InputDocuments,
    IReadOnlyList<string> OutputDocuments,
    IReadOnlyList<string> InformationSystems,
    TimeLimit? TimeLimit,
    Amount? Cost,
    IReadOnlyList<string> Predecessors,
    DecisionPoint? Decision,
    string Description,
    IReadOnlyList<Measure> Measures,
    Provenance Provenance);

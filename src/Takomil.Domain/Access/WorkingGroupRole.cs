namespace Takomil.Domain.Access;

/// <summary>A person's role inside the working group of one inspection (p. 23–26). A member may hold several.</summary>
public enum WorkingGroupRole
{
    /// <summary>Leads the inspection: starts it, triggers interviews, moves it through the stages.</summary>
    Lead = 0,

    /// <summary>Collects data and builds the models (Ministry staff, e-Government centre, agency units).</summary>
    Member = 1,

    /// <summary>An agency official who answers the bot's questions (p. 24).</summary>
    Interviewee = 2,

    /// <summary>Votes at the working-group meeting that endorses the action plan (p. 25, second paragraph).</summary>
    Approver = 3,

    /// <summary>Records the Republican Commission's approval of the action plan (p. 25, third paragraph; stage 3).</summary>
    CommissionMember = 4,

    /// <summary>A responsible executor named in the action plan (p. 26; stage 5).</summary>
    Executor = 5,
}

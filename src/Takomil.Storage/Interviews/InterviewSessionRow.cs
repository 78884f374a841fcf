namespace Takomil.Storage.Interviews;

/// <summary>Where an interview stands, as the chat side tracks it (the engine knows only asking/reviewing/confirmed).</summary>
public enum InterviewSessionStatus
{
    Asking = 0,
    Paused = 1,
    Reviewing = 2,
    Confirmed = 3,
    Cancelled = 4,
}

/// <summary>
/// One interview of one official on one section of one inspection (Res. 184 p. 24). The engine's state is kept as
/// JSON and saved on every acknowledged answer, before the bot replies, so a restart resumes exactly where it stopped.
/// </summary>
public sealed class InterviewSessionRow
{
    public Guid Id { get; set; }

    public Guid InspectionId { get; set; }

    /// <summary>The script's id, e.g. <c>p11-legal-acts</c>.</summary>
    public required string ScriptId { get; set; }

    /// <summary>The script file's hash when the interview began: a changed script is noticed, never silently mixed.</summary>
    public required string ScriptFingerprint { get; set; }

    /// <summary>The official who answers.</summary>
    public Guid IntervieweeId { get; set; }

    /// <summary>The official who asked for the interview.</summary>
    public Guid RequestedBy { get; set; }

    /// <summary>The bot language the interviewee last used (uz-Latn, uz-Cyrl, ru, en); reminders use it.</summary>
    public required string Language { get; set; }

    /// <summary>The engine's <c>InterviewState</c> as System.Text.Json wrote it.</summary>
    public required string StateJson { get; set; }

    public InterviewSessionStatus Status { get; set; }

    /// <summary>The interviewee's 1:1 conversation with the bot.</summary>
    public string? PersonalConversationId { get; set; }

    /// <summary>The chat the request came from (the working group's chat): completion and conflicts are reported there.</summary>
    public string? OriginConversationId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>When the reminder for the current idle period was sent; cleared by any activity.</summary>
    public DateTimeOffset? RemindedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Optimistic concurrency: raised on every save, checked by the UPDATE.</summary>
    public int Version { get; set; }

    public bool IsOpen => Status is InterviewSessionStatus.Asking or InterviewSessionStatus.Paused or InterviewSessionStatus.Reviewing;
}

/// <summary>
/// A value an interviewee gave that differs from what another official already gave: the stored value stays until a
/// lead or member picks one (<see cref="Choice"/>: <c>existing</c> or <c>new</c>).
/// </summary>
public sealed class AnswerConflictRow
{
    public const string KeepExisting = "existing";
    public const string TakeNew = "new";

    public Guid Id { get; set; }

    public Guid InspectionId { get; set; }

    /// <summary>The interview whose answer clashed.</summary>
    public Guid SessionId { get; set; }

    /// <summary>The model path, e.g. <c>facts.legalActs[0].number</c>.</summary>
    public required string Path { get; set; }

    public required string ExistingDisplay { get; set; }

    public Guid? ExistingOfficialId { get; set; }

    public required string NewDisplay { get; set; }

    public Guid? NewOfficialId { get; set; }

    public DateTimeOffset DetectedAt { get; set; }

    public Guid? ResolvedBy { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public string? Choice { get; set; }

    public int Version { get; set; }
}

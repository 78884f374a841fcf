namespace Takomil.Domain.Common;

/// <summary>Where a stored value came from.</summary>
public enum ProvenanceSource
{
    /// <summary>A person typed or changed it (in a card or a message).</summary>
    Edit = 0,

    /// <summary>An interviewee's answer to a bot interview question (p. 24: "including through interviews").</summary>
    Interview = 1,

    /// <summary>A row of an imported file.</summary>
    Import = 2,
}

/// <summary>
/// Who set a value, how, and when. Kept on every fact item and every procedure, so a reviewer can trace a
/// model back to the interview answer or the edit behind it.
/// </summary>
public sealed record Provenance(
    ProvenanceSource Source,
    Guid OfficialId,
    DateTimeOffset At,
    string? InterviewId = null,
    string? QuestionKey = null,
    string? ImportFile = null,
    int? ImportRow = null)
{
    public static Provenance FromEdit(Guid officialId, DateTimeOffset at) =>
        new(ProvenanceSource.Edit, officialId, Moments.Normalize(at));

    public static Provenance FromInterview(Guid intervieweeId, string interviewId, string questionKey, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(interviewId);
        ArgumentException.ThrowIfNullOrWhiteSpace(questionKey);
        return new(ProvenanceSource.Interview, intervieweeId, Moments.Normalize(at), interviewId, questionKey);
    }

    public static Provenance FromImport(Guid importedBy, string file, int row, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        return new(ProvenanceSource.Import, importedBy, Moments.Normalize(at), ImportFile: file, ImportRow: row);
    }
}

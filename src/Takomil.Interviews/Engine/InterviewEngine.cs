namespace Takomil.Interviews;

/// <summary>Runs one script, one question at a time. Pure: every command takes a state and returns a new one.</summary>
public sealed class InterviewEngine
{
    public InterviewEngine(InterviewScript script)
        : this(script, TimeProvider.System)
    {
    }

    public InterviewEngine(InterviewScript script, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(time);
        Script = script;
        Time = time;
    }

    public InterviewScript Script { get; }

    internal TimeProvider Time { get; }

    /// <summary>context: e.g. "service" for ${service} in labels, "inspection_year" for the statistics years.</summary>
    public InterviewState Start(IReadOnlyDictionary<string, string>? context = null) => throw new NotImplementedException();

    public InterviewStatus Status(InterviewState state) => throw new NotImplementedException();

    /// <summary>The question being asked; null when reviewing or confirmed.</summary>
    public Question? Current(InterviewState state, string language) => throw new NotImplementedException();

    public Step Answer(InterviewState state, AnswerInput input, string language) => throw new NotImplementedException();

    public Step Back(InterviewState state, string language) => throw new NotImplementedException();

    /// <summary>Refused (Accepted=false, Reason) when the question is required.</summary>
    public Step Skip(InterviewState state, string language) => throw new NotImplementedException();

    /// <summary>number as shown in the summary / progress.</summary>
    public Step Edit(InterviewState state, int number, string language) => throw new NotImplementedException();

    public Summary Summary(InterviewState state, string language) => throw new NotImplementedException();

    /// <summary>Reviewing -> Confirmed.</summary>
    public Step Confirm(InterviewState state, string language) => throw new NotImplementedException();

    /// <summary>Every answered/calculated value with its binding (displays in uz-Latn).</summary>
    public IReadOnlyList<BoundValue> Values(InterviewState state) => Values(state, "uz-Latn");

    public IReadOnlyList<BoundValue> Values(InterviewState state, string language) => throw new NotImplementedException();
}

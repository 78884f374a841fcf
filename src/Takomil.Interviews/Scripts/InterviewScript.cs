namespace Takomil.Interviews;

/// <summary>One validated interview script (a file of dialogs/).</summary>
public sealed class InterviewScript
{
    internal InterviewScript(ScriptDefinition definition) => Definition = definition;

    /// <summary>"p11-legal-acts", "p13-procedures", "p24-materials"...</summary>
    public string Id => Definition.Id;

    /// <summary>Hash of the file: a session keeps the fingerprint it started with.</summary>
    public string Fingerprint => Definition.Fingerprint;

    /// <summary>Words a lead may type for it, all languages ("legal", "huquqiy", "акты"...).</summary>
    public IReadOnlyList<string> Aliases => Definition.Aliases;

    public int EstimatedMinutes => Definition.EstimatedMinutes;

    /// <summary>Names a caller may pass to <see cref="InterviewEngine.Start"/> (e.g. "service", "inspection_year").</summary>
    public IReadOnlyList<string> ContextNames => Definition.ContextNames;

    internal ScriptDefinition Definition { get; }

    public string Title(string language) => Definition.Title.For(language);

    /// <summary>One line: why we ask (p. 24).</summary>
    public string Purpose(string language) => Definition.Purpose.For(language);
}

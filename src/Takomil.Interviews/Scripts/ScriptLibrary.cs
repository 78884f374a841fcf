namespace Takomil.Interviews;

/// <summary>
/// All scripts of a folder (dialogs/*.yaml), validated: unknown binding, bad expression, missing translation,
/// duplicate name, bad type... -> <see cref="ScriptValidationException"/> listing every problem as "file:line: message".
/// </summary>
public sealed class ScriptLibrary
{
    private ScriptLibrary(IReadOnlyList<InterviewScript> scripts) => Scripts = scripts;

    public IReadOnlyList<InterviewScript> Scripts { get; }

    public static ScriptLibrary Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var errors = new List<ScriptError>();
        var scripts = new List<InterviewScript>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var definition = ScriptReader.Read(file, File.ReadAllBytes(file), errors);
            if (definition is null) continue;
            ScriptValidator.Validate(definition, errors);
            scripts.Add(new InterviewScript(definition));
        }
        foreach (var duplicate in scripts.GroupBy(s => s.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var script in duplicate.Skip(1))
            {
                errors.Add(new ScriptError(script.Definition.FileName, script.Definition.IdLine, $"duplicate script id '{script.Id}'"));
            }
        }
        if (errors.Count > 0) throw new ScriptValidationException(errors);
        return new ScriptLibrary(scripts);
    }

    /// <summary>Loads one script from text (tests, tools); same validation as <see cref="Load"/>.</summary>
    public static InterviewScript Parse(string fileName, string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var errors = new List<ScriptError>();
        var definition = ScriptReader.Read(fileName, System.Text.Encoding.UTF8.GetBytes(yaml), errors);
        if (definition is not null) ScriptValidator.Validate(definition, errors);
        if (errors.Count > 0 || definition is null) throw new ScriptValidationException(errors);
        return new InterviewScript(definition);
    }

    public InterviewScript? Find(string id) => Scripts.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
}

namespace Takomil.Interviews;

internal static class ScriptValidator
{
    public static void Validate(ScriptDefinition script, List<ScriptError> errors) => throw new NotImplementedException();
}

namespace Takomil.Interviews;

internal static class ScriptReader
{
    public static ScriptDefinition? Read(string file, byte[] content, List<ScriptError> errors) => throw new NotImplementedException();
}

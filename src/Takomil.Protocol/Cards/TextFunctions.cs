namespace Takomil.Protocol.Cards;

/// <summary>
/// Adaptive Card hosts replace <c>{{DATE(...)}}</c> and <c>{{TIME(...)}}</c> in any text — also in
/// a <c>TextRun</c>, where no markdown applies. A word joiner (U+2060, invisible and unbreakable)
/// between the two braces keeps such text literal without a visible change.
/// </summary>
internal static class TextFunctions
{
    private const string WordJoiner = "\u2060";

    public static string Disarm(string text) => text.Replace("{{", "{" + WordJoiner + "{", StringComparison.Ordinal);
}

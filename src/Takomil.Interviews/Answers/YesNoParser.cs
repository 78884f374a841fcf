namespace Takomil.Interviews;

/// <summary>Yes and no in the bot's four languages and their common spellings; also 1/2 (the choice numbers).</summary>
internal static class YesNoParser
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "ha", "xa", "haa", "ҳа", "ха", "да", "yes", "y", "yeah", "true", "1", "+", "albatta", "албатта", "конечно", "bor", "бор", "есть",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "yo'q", "yoq", "yuq", "yo'k", "йўқ", "йук", "йўк", "йок", "нет", "no", "n", "false", "2", "-", "none", "mavjud emas",
    };

    public static bool? Parse(string text)
    {
        var folded = Words.Fold(text).TrimEnd('.', '!', ',');
        if (Yes.Contains(folded)) return true;
        if (No.Contains(folded)) return false;
        // "Ha, bor" / "Нет, не нужно": the first word decides.
        var first = folded.Split([' ', ',', '.', '!', ';'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        if (Yes.Contains(first) && first is not ("1" or "2")) return true;
        if (No.Contains(first) && first is not ("1" or "2" or "-")) return false;
        return null;
    }
}

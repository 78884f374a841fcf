using System.Text;

namespace Takomil.Interviews;

/// <summary>Folds what people type into one form for matching: lower case, one apostrophe, single spaces.</summary>
internal static class Words
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text.Trim())
        {
            var c = raw switch
            {
                'ʻ' or 'ʼ' or '‘' or '’' or '`' or '´' or 'ʹ' => '\'',
                '\u00A0' or '\u202F' or '\u2009' or '\t' or '\r' or '\n' => ' ',
                _ => char.ToLowerInvariant(raw),
            };
            if (c == ' ')
            {
                if (!space) builder.Append(' ');
                space = true;
                continue;
            }
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}

using System.Text;
using System.Xml;

namespace Takomil.Documents.Rendering;

/// <summary>Makes any user text safe for XML: characters XML 1.0 cannot carry (controls, lone surrogates) are dropped.</summary>
internal static class SafeText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                sb.Append(c);
            }
        }
        return sb.Length == text.Length ? text : sb.ToString();
    }
}

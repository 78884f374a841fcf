using System.Globalization;
using System.Text;

namespace Takomil.Interviews;

internal enum TokenKind
{
    End = 0,
    Number = 1,
    Text = 2,
    Reference = 3,
    Self = 4,
    Identifier = 5,
    Operator = 6,
    LeftParen = 7,
    RightParen = 8,
    Comma = 9,
}

internal readonly record struct Token(TokenKind Kind, string Value, int Position);

/// <summary>Splits an expression into tokens; any character it does not know is an error, never skipped.</summary>
internal static class Lexer
{
    public static List<Token> Tokenize(string source)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var start = i;
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < source.Length && char.IsAsciiDigit(source[i + 1])))
            {
                while (i < source.Length && (char.IsAsciiDigit(source[i]) || source[i] == '.')) i++;
                var text = source[start..i];
                if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
                {
                    throw new ExpressionException($"bad number '{text}' at {start + 1}");
                }
                tokens.Add(new Token(TokenKind.Number, text, start));
            }
            else if (c is '\'' or '"')
            {
                tokens.Add(new Token(TokenKind.Text, ReadString(source, ref i), start));
            }
            else if (c == '$' && i + 1 < source.Length && source[i + 1] == '{')
            {
                var close = source.IndexOf('}', i + 2);
                if (close < 0) throw new ExpressionException($"unclosed '${{' at {start + 1}");
                var name = source[(i + 2)..close].Trim();
                if (!IsName(name)) throw new ExpressionException($"bad reference '${{{name}}}' at {start + 1}");
                tokens.Add(new Token(TokenKind.Reference, name, start));
                i = close + 1;
            }
            else if (c == '.')
            {
                tokens.Add(new Token(TokenKind.Self, ".", start));
                i++;
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                i++;
                while (i < source.Length && (char.IsAsciiLetterOrDigit(source[i]) || source[i] == '_'
                    || (source[i] == '-' && i + 1 < source.Length && char.IsAsciiLetter(source[i + 1]))))
                {
                    i++;
                }
                tokens.Add(new Token(TokenKind.Identifier, source[start..i], start));
            }
            else if (c == '(' || c == ')' || c == ',')
            {
                tokens.Add(new Token(c == '(' ? TokenKind.LeftParen : c == ')' ? TokenKind.RightParen : TokenKind.Comma, c.ToString(), start));
                i++;
            }
            else
            {
                var two = i + 1 < source.Length ? source.Substring(i, 2) : string.Empty;
                if (two is "!=" or "<=" or ">=")
                {
                    tokens.Add(new Token(TokenKind.Operator, two, start));
                    i += 2;
                }
                else if (c is '=' or '<' or '>' or '+' or '-' or '*' or '/')
                {
                    tokens.Add(new Token(TokenKind.Operator, c.ToString(), start));
                    i++;
                }
                else
                {
                    throw new ExpressionException($"unexpected character '{c}' at {start + 1}");
                }
            }
        }
        tokens.Add(new Token(TokenKind.End, string.Empty, source.Length));
        return tokens;
    }

    public static bool IsName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_');

    private static string ReadString(string source, ref int i)
    {
        var quote = source[i];
        var start = i;
        i++;
        var text = new StringBuilder();
        while (i < source.Length && source[i] != quote)
        {
            text.Append(source[i]);
            i++;
        }
        if (i >= source.Length) throw new ExpressionException($"unclosed string at {start + 1}");
        i++;
        return text.ToString();
    }
}

/// <summary>A malformed expression; only ever thrown while a script loads, never while an interview runs.</summary>
public sealed class ExpressionException : Exception
{
    public ExpressionException()
    {
    }

    public ExpressionException(string message)
        : base(message)
    {
    }

    public ExpressionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

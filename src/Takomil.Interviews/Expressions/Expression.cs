using System.Globalization;

namespace Takomil.Interviews;

/// <summary>
/// A parsed expression of the script language: literals, ${name} references, ".", comparison, and/or/not,
/// arithmetic, and the functions of <see cref="Functions"/>. Parsed once when the script loads; evaluation
/// only walks the tree, so nothing an interviewee types can ever be run.
/// </summary>
internal sealed class Expression
{
    private Expression(string source, Node root)
    {
        Source = source;
        Root = root;
    }

    public string Source { get; }

    internal Node Root { get; }

    /// <summary>Every ${name} the expression reads.</summary>
    public IEnumerable<string> References => Walk(Root).OfType<ReferenceNode>().Select(r => r.Name).Distinct(StringComparer.Ordinal);

    /// <summary>References used directly as the argument of count(): they may name a repeat or a question in one.</summary>
    public IEnumerable<string> CountedReferences => Walk(Root).OfType<CallNode>()
        .Where(c => c.Function == "count").Select(c => c.Arguments[0]).OfType<ReferenceNode>().Select(r => r.Name);

    /// <summary>References read as values (anywhere except directly as the argument of count()).</summary>
    public IEnumerable<string> ValueReferences => Bare(Root).Distinct(StringComparer.Ordinal);

    public bool UsesPosition => Walk(Root).OfType<CallNode>().Any(c => c.Function == "position");

    /// <summary>Parses <paramref name="source"/>; throws <see cref="ExpressionException"/> with a readable reason.</summary>
    public static Expression Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (string.IsNullOrWhiteSpace(source)) throw new ExpressionException("empty expression");
        var parser = new Parser(Lexer.Tokenize(source));
        var root = parser.ParseAll();
        return new Expression(source, root);
    }

    public ExprValue Evaluate(IExpressionScope scope) => Root.Evaluate(scope);

    public override string ToString() => Source;

    private static IEnumerable<string> Bare(Node node) => node switch
    {
        ReferenceNode r => [r.Name],
        CallNode { Function: "count" } => [],
        _ => node.Children.SelectMany(Bare),
    };

    private static IEnumerable<Node> Walk(Node node) => node.Children.SelectMany(Walk).Prepend(node);

    /// <summary>Recursive descent, lowest precedence first: or, and, not, comparison, + -, * / div mod, unary minus.</summary>
    private sealed class Parser(List<Token> tokens)
    {
        private int _index;

        private Token Peek => tokens[_index];

        public Node ParseAll()
        {
            var node = Or();
            if (Peek.Kind != TokenKind.End) throw Unexpected();
            return node;
        }

        private Node Or()
        {
            var left = And();
            while (IsWord("or"))
            {
                _index++;
                left = new BinaryNode("or", left, And());
            }
            return left;
        }

        private Node And()
        {
            var left = Not();
            while (IsWord("and"))
            {
                _index++;
                left = new BinaryNode("and", left, Not());
            }
            return left;
        }

        private Node Not()
        {
            if (IsWord("not") && tokens[_index + 1].Kind != TokenKind.LeftParen)
            {
                _index++;
                return new NotNode(Not());
            }
            return ComparisonLevel();
        }

        private Node ComparisonLevel()
        {
            var left = Sum();
            if (Peek.Kind == TokenKind.Operator && Peek.Value is "=" or "!=" or "<" or "<=" or ">" or ">=")
            {
                var op = tokens[_index++].Value;
                return new BinaryNode(op, left, Sum());
            }
            return left;
        }

        private Node Sum()
        {
            var left = Product();
            while (Peek.Kind == TokenKind.Operator && Peek.Value is "+" or "-")
            {
                var op = tokens[_index++].Value;
                left = new BinaryNode(op, left, Product());
            }
            return left;
        }

        private Node Product()
        {
            var left = Unary();
            while ((Peek.Kind == TokenKind.Operator && Peek.Value is "*" or "/") || IsWord("div") || IsWord("mod"))
            {
                var op = tokens[_index++].Value;
                left = new BinaryNode(op, left, Unary());
            }
            return left;
        }

        private Node Unary()
        {
            if (Peek.Kind == TokenKind.Operator && Peek.Value == "-")
            {
                _index++;
                return new NegateNode(Unary());
            }
            return Primary();
        }

        private Node Primary()
        {
            var token = tokens[_index];
            switch (token.Kind)
            {
                case TokenKind.Number:
                    _index++;
                    return new LiteralNode(ExprValue.Of(decimal.Parse(token.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)));
                case TokenKind.Text:
                    _index++;
                    return new LiteralNode(ExprValue.Of(token.Value));
                case TokenKind.Reference:
                    _index++;
                    return new ReferenceNode(token.Value);
                case TokenKind.Self:
                    _index++;
                    return new SelfNode();
                case TokenKind.LeftParen:
                    {
                        _index++;
                        var inner = Or();
                        Expect(TokenKind.RightParen);
                        return inner;
                    }
                case TokenKind.Identifier:
                    return Call();
                default:
                    throw Unexpected();
            }
        }

        private Node Call()
        {
            var name = tokens[_index++];
            if (Peek.Kind != TokenKind.LeftParen)
            {
                if (name.Value is "true" or "false") return new LiteralNode(ExprValue.Of(name.Value == "true"));
                throw new ExpressionException($"unknown word '{name.Value}' at {name.Position + 1} (references are written ${{name}})");
            }
            if (!Functions.Arity.TryGetValue(name.Value, out var arity))
            {
                throw new ExpressionException($"unknown function '{name.Value}' at {name.Position + 1}");
            }
            _index++;
            var args = new List<Node>();
            if (Peek.Kind != TokenKind.RightParen)
            {
                args.Add(Or());
                while (Peek.Kind == TokenKind.Comma)
                {
                    _index++;
                    args.Add(Or());
                }
            }
            Expect(TokenKind.RightParen);
            if (args.Count < arity.Min || args.Count > arity.Max)
            {
                throw new ExpressionException($"{name.Value}() takes {Describe(arity)} argument(s), got {args.Count}");
            }
            if (name.Value == "count" && args[0] is not ReferenceNode)
            {
                throw new ExpressionException("count() takes a ${name} of a repeat or of a question in one");
            }
            return new CallNode(name.Value, args);
        }

        private static string Describe((int Min, int Max) arity) =>
            arity.Min == arity.Max ? arity.Min.ToString(CultureInfo.InvariantCulture) : $"{arity.Min}-{arity.Max}";

        private bool IsWord(string word) => Peek.Kind == TokenKind.Identifier && Peek.Value == word;

        private void Expect(TokenKind kind)
        {
            if (Peek.Kind != kind) throw Unexpected();
            _index++;
        }

        private ExpressionException Unexpected() => Peek.Kind == TokenKind.End
            ? new ExpressionException("unexpected end of expression")
            : new ExpressionException($"unexpected '{Peek.Value}' at {Peek.Position + 1}");
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Takomil.Domain.Common;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Takomil.Interviews;

/// <summary>
/// Reads one YAML script through YamlDotNet's representation model, so every problem carries the line of the node
/// that has it. Shape problems (unknown key or type, missing translation, bad expression) are reported here;
/// cross-references are the <see cref="ScriptValidator"/>'s.
/// </summary>
internal static class ScriptReader
{
    private static readonly HashSet<string> HeaderKeys = new(StringComparer.Ordinal)
    {
        "id", "title", "purpose", "aliases", "estimated_minutes", "context", "questions",
    };

    private static readonly HashSet<string> ItemKeys = new(StringComparer.Ordinal)
    {
        "name", "type", "label", "hint", "required", "required_message", "constraint", "constraint_message", "relevant",
        "calculate", "default", "bind", "choices", "choices_from", "choice_value", "max_length", "unit", "min", "max",
        "add_label", "questions",
    };

    private static readonly Dictionary<string, (ItemKind Kind, QuestionType Type)> Types = new(StringComparer.Ordinal)
    {
        ["text"] = (ItemKind.Question, QuestionType.Text),
        ["long_text"] = (ItemKind.Question, QuestionType.LongText),
        ["integer"] = (ItemKind.Question, QuestionType.Integer),
        ["decimal"] = (ItemKind.Question, QuestionType.Decimal),
        ["money"] = (ItemKind.Question, QuestionType.Money),
        ["date"] = (ItemKind.Question, QuestionType.Date),
        ["duration"] = (ItemKind.Question, QuestionType.Duration),
        ["yes_no"] = (ItemKind.Question, QuestionType.YesNo),
        ["select_one"] = (ItemKind.Question, QuestionType.SelectOne),
        ["select_many"] = (ItemKind.Question, QuestionType.SelectMany),
        ["person"] = (ItemKind.Question, QuestionType.Person),
        ["file"] = (ItemKind.Question, QuestionType.File),
        ["note"] = (ItemKind.Question, QuestionType.Note),
        ["calculate"] = (ItemKind.Calculate, QuestionType.Text),
        ["repeat"] = (ItemKind.Repeat, QuestionType.Note),
    };

    private static readonly Dictionary<string, TimeUnit> UnitNames = new(StringComparer.Ordinal)
    {
        ["working_days"] = TimeUnit.WorkingDays,
        ["calendar_days"] = TimeUnit.CalendarDays,
        ["hours"] = TimeUnit.Hours,
    };

    public static ScriptDefinition? Read(string file, byte[] content, List<ScriptError> errors)
    {
        var name = Path.GetFileName(file);
        var reader = new Context(name, errors);
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            using var text = new StreamReader(new MemoryStream(content), Encoding.UTF8);
            stream.Load(text);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                reader.Error(1, "a script is a YAML mapping with id, title, purpose and questions");
                return null;
            }
            root = map;
        }
        catch (YamlException ex)
        {
            reader.Error(checked((int)ex.Start.Line), "YAML syntax: " + ex.Message);
            return null;
        }

        reader.UnknownKeys(root, HeaderKeys, "script");
        var idNode = reader.Scalar(root, "id", required: true);
        var items = root.Children.TryGetValue(new YamlScalarNode("questions"), out var q) && q is YamlSequenceNode list
            ? reader.Items(list, null)
            : [];
        if (items.Count == 0) reader.Error(Line(root), "the script has no questions");
        return new ScriptDefinition
        {
            FileName = name,
            Id = idNode?.Value ?? string.Empty,
            IdLine = idNode is null ? Line(root) : Line(idNode),
            Fingerprint = Convert.ToHexStringLower(SHA256.HashData(content)),
            Title = reader.Text(root, "title", required: true) ?? Empty,
            Purpose = reader.Text(root, "purpose", required: true) ?? Empty,
            Aliases = reader.Strings(root, "aliases"),
            EstimatedMinutes = reader.Int(root, "estimated_minutes") ?? 0,
            ContextNames = reader.Strings(root, "context"),
            Items = items,
        };
    }

    private static readonly LocalText Empty = new(string.Empty, string.Empty, string.Empty, string.Empty);

    internal static int Line(YamlNode node) => checked((int)node.Start.Line);

    private sealed class Context(string file, List<ScriptError> errors)
    {
        public void Error(int line, string message) => errors.Add(new ScriptError(file, line, message));

        public List<ScriptItem> Items(YamlSequenceNode list, ScriptItem? parent)
        {
            var items = new List<ScriptItem>();
            foreach (var node in list.Children)
            {
                if (node is not YamlMappingNode map)
                {
                    Error(Line(node), "a question is a mapping (name, type, label...)");
                    continue;
                }
                if (Item(map) is { } item)
                {
                    item.Parent = parent;
                    items.Add(item);
                }
            }
            return items;
        }

        public void UnknownKeys(YamlMappingNode map, HashSet<string> known, string what)
        {
            foreach (var key in map.Children.Keys)
            {
                if (key is YamlScalarNode { Value: { } k } && !known.Contains(k)) Error(Line(key), $"unknown {what} key '{k}'");
            }
        }

        public YamlScalarNode? Scalar(YamlMappingNode map, string key, bool required = false)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                if (required) Error(Line(map), $"'{key}' is missing");
                return null;
            }
            if (node is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value)) return scalar;
            Error(Line(node), $"'{key}' must be a non-empty value");
            return null;
        }

        public int? Int(YamlMappingNode map, string key)
        {
            if (Scalar(map, key) is not { } node) return null;
            if (int.TryParse(node.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
            Error(Line(node), $"'{key}' must be a whole number, not '{node.Value}'");
            return null;
        }

        public bool Bool(YamlMappingNode map, string key)
        {
            if (Scalar(map, key) is not { } node) return false;
            if (node.Value is "true" or "yes") return true;
            if (node.Value is "false" or "no") return false;
            Error(Line(node), $"'{key}' must be true or false, not '{node.Value}'");
            return false;
        }

        public IReadOnlyList<string> Strings(YamlMappingNode map, string key)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node)) return [];
            if (node is YamlSequenceNode seq && seq.Children.All(c => c is YamlScalarNode))
            {
                return [.. seq.Children.Cast<YamlScalarNode>().Select(s => s.Value ?? string.Empty)];
            }
            Error(Line(node), $"'{key}' must be a list of words");
            return [];
        }

        /// <summary>A user-visible text: a mapping with all four languages, each non-empty.</summary>
        public LocalText? Text(YamlMappingNode map, string key, bool required = false)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                if (required) Error(Line(map), $"'{key}' is missing");
                return null;
            }
            if (node is not YamlMappingNode texts)
            {
                Error(Line(node), $"'{key}' must give the text in uz-Latn, uz-Cyrl, ru and en");
                return null;
            }
            UnknownKeys(texts, [.. LocalText.Languages], "language");
            var values = new string[4];
            for (var i = 0; i < 4; i++)
            {
                var language = LocalText.Languages[i];
                if (texts.Children.TryGetValue(new YamlScalarNode(language), out var t) && t is YamlScalarNode { Value: { } v }
                    && !string.IsNullOrWhiteSpace(v))
                {
                    values[i] = v.Trim();
                }
                else
                {
                    Error(Line(texts), $"missing translation '{language}' of '{key}'");
                    values[i] = string.Empty;
                }
            }
            return new LocalText(values[0], values[1], values[2], values[3]);
        }

        public Expression? Expr(YamlMappingNode map, string key)
        {
            if (Scalar(map, key) is not { } node) return null;
            try
            {
                return Expression.Parse(node.Value!);
            }
            catch (ExpressionException ex)
            {
                Error(Line(node), $"bad expression in '{key}': {ex.Message}");
                return null;
            }
        }

        private ScriptItem? Item(YamlMappingNode map)
        {
            UnknownKeys(map, ItemKeys, "question");
            var nameNode = Scalar(map, "name", required: true);
            var typeNode = Scalar(map, "type", required: true);
            if (nameNode is null || typeNode is null) return null;
            if (!Lexer.IsName(nameNode.Value!))
            {
                Error(Line(nameNode), $"bad name '{nameNode.Value}': letters, digits and _ only");
            }
            if (!Types.TryGetValue(typeNode.Value!, out var type))
            {
                Error(Line(typeNode), $"unknown type '{typeNode.Value}'");
                return null;
            }
            TimeUnit? unit = null;
            if (Scalar(map, "unit") is { } unitNode)
            {
                if (UnitNames.TryGetValue(unitNode.Value!, out var u)) unit = u;
                else Error(Line(unitNode), $"unknown unit '{unitNode.Value}' (working_days, calendar_days, hours)");
            }
            var bind = Scalar(map, "bind");
            var item = new ScriptItem
            {
                Name = nameNode.Value!,
                Line = Line(map),
                Kind = type.Kind,
                Type = type.Type,
                Label = Text(map, "label", required: type.Kind != ItemKind.Calculate),
                Hint = Text(map, "hint"),
                Required = Bool(map, "required"),
                RequiredMessage = Text(map, "required_message"),
                Constraint = Expr(map, "constraint"),
                ConstraintMessage = Text(map, "constraint_message"),
                Relevant = Expr(map, "relevant"),
                Calculation = type.Kind == ItemKind.Calculate ? Expr(map, "calculate") : null,
                DefaultText = Scalar(map, "default")?.Value,
                Bind = bind?.Value,
                BindLine = bind is null ? Line(map) : Line(bind),
                Choices = Choices(map),
                ChoicesFrom = Scalar(map, "choices_from")?.Value,
                ChoiceValue = Scalar(map, "choice_value")?.Value,
                MaxLength = Int(map, "max_length"),
                DefaultUnit = unit,
                Min = Int(map, "min") ?? 0,
                Max = Int(map, "max") ?? int.MaxValue,
                AddLabel = type.Kind == ItemKind.Repeat ? Text(map, "add_label", required: true) : null,
                Children = [],
            };
            if (type.Kind == ItemKind.Calculate && !map.Children.ContainsKey(new YamlScalarNode("calculate")))
            {
                Error(Line(map), $"calculate '{item.Name}' has no 'calculate' expression");
            }
            if (type.Kind == ItemKind.Repeat)
            {
                var children = map.Children.TryGetValue(new YamlScalarNode("questions"), out var c) && c is YamlSequenceNode seq
                    ? Items(seq, item)
                    : [];
                if (children.Count == 0) Error(Line(map), $"repeat '{item.Name}' has no questions");
                item.Children = children;
            }
            return item;
        }

        private List<ChoiceDefinition> Choices(YamlMappingNode map)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode("choices"), out var node)) return [];
            if (node is not YamlSequenceNode seq)
            {
                Error(Line(node), "'choices' must be a list of {value, label}");
                return [];
            }
            var choices = new List<ChoiceDefinition>();
            foreach (var entry in seq.Children)
            {
                if (entry is not YamlMappingNode choice)
                {
                    Error(Line(entry), "a choice is a mapping with value and label");
                    continue;
                }
                UnknownKeys(choice, ["value", "label"], "choice");
                var value = Scalar(choice, "value", required: true);
                var label = Text(choice, "label", required: true);
                if (value is not null && label is not null) choices.Add(new ChoiceDefinition(value.Value!, label, Line(choice)));
            }
            return choices;
        }
    }
}

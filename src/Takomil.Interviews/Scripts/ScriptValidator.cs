using System.Text.RegularExpressions;

namespace Takomil.Interviews;

/// <summary>
/// Cross-checks a read script: names unique, references known, bindings known and fitting, choices_from pointing
/// into a repeat, defaults valid answers, calculations free of cycles. Adds every problem; never stops at the first.
/// </summary>
internal static partial class ScriptValidator
{
    public static void Validate(ScriptDefinition script, List<ScriptError> errors)
    {
        var v = new Run(script, errors);
        v.IndexNames();
        foreach (var item in Walk(script.Items)) v.Check(item);
        v.CalculationCycles();
    }

    public static IEnumerable<ScriptItem> Walk(IEnumerable<ScriptItem> items) =>
        items.SelectMany(i => Walk(i.Children).Prepend(i));

    [GeneratedRegex(@"\$\{\s*([^}]*?)\s*\}")]
    internal static partial Regex Placeholder();

    private sealed class Run(ScriptDefinition script, List<ScriptError> errors)
    {
        private void Error(int line, string message) => errors.Add(new ScriptError(script.FileName, line, message));

        public void IndexNames()
        {
            foreach (var name in script.ContextNames)
            {
                if (!Lexer.IsName(name)) Error(1, $"bad context name '{name}'");
            }
            foreach (var item in Walk(script.Items))
            {
                if (script.ByName.ContainsKey(item.Name) || script.ContextNames.Contains(item.Name))
                {
                    Error(item.Line, $"duplicate name '{item.Name}'");
                    continue;
                }
                script.ByName[item.Name] = item;
            }
        }

        public void Check(ScriptItem item)
        {
            References(item, item.Relevant, "relevant");
            References(item, item.Constraint, "constraint");
            References(item, item.Calculation, "calculate");
            foreach (var text in new[] { item.Label, item.Hint, item.AddLabel, item.ConstraintMessage, item.RequiredMessage })
            {
                if (text is null) continue;
                foreach (var name in text.All.SelectMany(t => Placeholder().Matches(t)).Select(m => m.Groups[1].Value).Distinct())
                {
                    if (!Readable(item, name, counted: false, out var why)) Error(item.Line, $"label of '{item.Name}' shows ${{{name}}}: {why}");
                }
            }
            if (item.Kind == ItemKind.Repeat) Repeat(item);
            Choices(item);
            Binding(item);
            Default(item);
        }

        public void CalculationCycles()
        {
            var calculations = script.ByName.Values.Where(i => i.Kind == ItemKind.Calculate && i.Calculation is not null).ToList();
            foreach (var start in calculations)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var stack = new Stack<ScriptItem>([start]);
                while (stack.Count > 0)
                {
                    var current = stack.Pop();
                    foreach (var name in current.Calculation!.References)
                    {
                        if (name == start.Name)
                        {
                            Error(start.Line, $"calculate '{start.Name}' depends on itself");
                            stack.Clear();
                            break;
                        }
                        if (seen.Add(name) && script.ByName.TryGetValue(name, out var next) && next.Calculation is not null) stack.Push(next);
                    }
                }
            }
        }

        private void References(ScriptItem item, Expression? expression, string what)
        {
            if (expression is null) return;
            foreach (var name in expression.CountedReferences.Distinct(StringComparer.Ordinal))
            {
                if (!Readable(item, name, counted: true, out var why)) Error(item.Line, $"{what} of '{item.Name}': {why}");
            }
            foreach (var name in expression.ValueReferences)
            {
                if (!Readable(item, name, counted: false, out var why)) Error(item.Line, $"{what} of '{item.Name}': {why}");
            }
            if (expression.UsesPosition && item.Parent is null && item.Kind != ItemKind.Repeat)
            {
                Error(item.Line, $"{what} of '{item.Name}': position() works only inside a repeat");
            }
        }

        /// <summary>A reference is readable when it is context, a top-level item, or an item of the same repeat instance.</summary>
        private bool Readable(ScriptItem from, string name, bool counted, out string why)
        {
            why = string.Empty;
            if (script.ContextNames.Contains(name)) return true;
            if (!script.ByName.TryGetValue(name, out var target))
            {
                why = $"reference to unknown question '${{{name}}}'";
                return false;
            }
            if (counted) return true;
            if (target.Kind == ItemKind.Repeat)
            {
                why = $"'${{{name}}}' is a repeat; use count(${{{name}}})";
                return false;
            }
            var scope = from.Kind == ItemKind.Repeat ? from : from.Parent;
            if (target.Parent is not null && target.Parent != scope)
            {
                why = $"'${{{name}}}' is inside repeat '{target.Parent.Name}'; outside it only count(${{{name}}}) can read it";
                return false;
            }
            return true;
        }

        private void Repeat(ScriptItem item)
        {
            if (item.Parent is not null) Error(item.Line, $"repeat '{item.Name}' is inside another repeat; nesting is not supported");
            if (item.Max < 1 || item.Min < 0 || item.Min > item.Max) Error(item.Line, $"repeat '{item.Name}': need 0 <= min <= max and max >= 1");
            if (item.Bind is not null) Error(item.BindLine, $"repeat '{item.Name}' cannot bind; bind its questions");
        }

        private void Choices(ScriptItem item)
        {
            var isSelect = item.Type is QuestionType.SelectOne or QuestionType.SelectMany && item.Kind == ItemKind.Question;
            if (!isSelect)
            {
                if (item.Choices.Count > 0 || item.ChoicesFrom is not null) Error(item.Line, $"'{item.Name}' is not a select question but has choices");
                return;
            }
            if ((item.Choices.Count > 0) == (item.ChoicesFrom is not null))
            {
                Error(item.Line, $"select '{item.Name}' needs either 'choices' or 'choices_from'");
                return;
            }
            foreach (var duplicate in item.Choices.GroupBy(c => c.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                Error(duplicate.Last().Line, $"duplicate choice value '{duplicate.Key}' in '{item.Name}'");
            }
            if (item.ChoicesFrom is null) return;
            if (!script.ByName.TryGetValue(item.ChoicesFrom, out var source) || source.Kind == ItemKind.Repeat || source.Parent is null)
            {
                Error(item.Line, $"choices_from of '{item.Name}' must name a question inside a repeat, not '{item.ChoicesFrom}'");
                return;
            }
            if (item.ChoiceValue is { } valueName
                && (!script.ByName.TryGetValue(valueName, out var value) || value.Parent != source.Parent))
            {
                Error(item.Line, $"choice_value of '{item.Name}' must name a question of repeat '{source.Parent.Name}', not '{valueName}'");
            }
        }

        private void Binding(ScriptItem item)
        {
            if (item.Bind is not { } path) return;
            if (item.Kind == ItemKind.Repeat) return;
            if (item.Type == QuestionType.Note && item.Kind == ItemKind.Question)
            {
                Error(item.BindLine, $"note '{item.Name}' cannot bind");
                return;
            }
            if (!BindingTargets.All.TryGetValue(path, out var types))
            {
                Error(item.BindLine, $"unknown binding path '{path}'");
                return;
            }
            if (path.Contains("[]", StringComparison.Ordinal) != (item.Parent is not null))
            {
                Error(item.BindLine, item.Parent is null
                    ? $"'{path}' binds a list item: '{item.Name}' must be inside a repeat"
                    : $"'{path}' is not a list item but '{item.Name}' is inside repeat '{item.Parent.Name}'");
            }
            if (item.Kind == ItemKind.Question && !types.Contains(item.Type))
            {
                Error(item.BindLine, $"'{path}' takes {string.Join("/", types)}, not {item.Type}");
            }
            if (BindingTargets.Enums.TryGetValue(path, out var enumType))
            {
                foreach (var choice in item.Choices.Where(c => !BindingTargets.IsEnumMember(enumType, c.Value)))
                {
                    Error(choice.Line, $"choice '{choice.Value}' of '{item.Name}' is not one of {string.Join(", ", Enum.GetNames(enumType))}");
                }
            }
        }

        private void Default(ScriptItem item)
        {
            if (item.DefaultText is not { } text) return;
            if (item.Kind != ItemKind.Question || item.Type is QuestionType.Note or QuestionType.File or QuestionType.Person || item.ChoicesFrom is not null)
            {
                Error(item.Line, $"'{item.Name}' cannot have a default");
                return;
            }
            var choices = item.Choices.Select(c => new OfferedChoice(c.Value, c.Label)).ToList();
            var parsed = AnswerParser.Parse(item, AnswerInput.FromText(text), choices);
            if (parsed.Value is null) Error(item.Line, $"default '{text}' of '{item.Name}' is not a valid {item.Type} answer");
            else item.Default = parsed.Value;
        }
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Takomil.Interviews;

/// <summary>The outcome of reading one answer: a canonical value, or the key of a built-in message saying why not.</summary>
internal sealed record ParsedAnswer(AnswerValue? Value, string? ErrorKey, (string Name, object Value)[] Args)
{
    public static ParsedAnswer Ok(AnswerValue value) => new(value, null, []);

    public static ParsedAnswer Error(string key, params (string Name, object Value)[] args) => new(null, key, args);
}

/// <summary>Reads what an interviewee sent for one question type. Forgiving in form, strict in meaning.</summary>
internal static partial class AnswerParser
{
    public const int DefaultTextMax = 1000;

    public const int DefaultLongTextMax = 4000;

    /// <summary>True when the input carries nothing at all (blank text, no mentions, no files).</summary>
    public static bool IsEmpty(AnswerInput input) =>
        string.IsNullOrWhiteSpace(input.Text) && (input.People?.Count ?? 0) == 0 && (input.Files?.Count ?? 0) == 0;

    public static ParsedAnswer Parse(ScriptItem item, AnswerInput input, IReadOnlyList<OfferedChoice> choices)
    {
        var text = input.Text ?? string.Empty;
        switch (item.Type)
        {
            case QuestionType.Text:
            case QuestionType.LongText:
                {
                    var max = item.MaxLength ?? (item.Type == QuestionType.Text ? DefaultTextMax : DefaultLongTextMax);
                    // Stored verbatim: markup, ${...}, <at> tags are the interviewee's words, never interpreted.
                    return text.Length > max
                        ? ParsedAnswer.Error("too_long", ("length", text.Length), ("max", max))
                        : ParsedAnswer.Ok(new AnswerValue(text));
                }
            case QuestionType.Integer:
                if (!NumberParser.TryParse(text, out var whole)) return ParsedAnswer.Error("not_number");
                return whole != decimal.Truncate(whole) || whole > long.MaxValue || whole < long.MinValue
                    ? ParsedAnswer.Error("not_whole")
                    : ParsedAnswer.Ok(new AnswerValue(((long)whole).ToString(CultureInfo.InvariantCulture)));
            case QuestionType.Decimal:
                return NumberParser.TryParse(text, out var number)
                    ? ParsedAnswer.Ok(new AnswerValue(Canonical(number)))
                    : ParsedAnswer.Error("not_number");
            case QuestionType.Money:
                if (!NumberParser.TryParseMoney(text, out var money)) return ParsedAnswer.Error("not_money");
                return money < 0 ? ParsedAnswer.Error("negative") : ParsedAnswer.Ok(new AnswerValue(Canonical(money)));
            case QuestionType.Date:
                return DateParser.TryParse(text, out var date)
                    ? ParsedAnswer.Ok(new AnswerValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                    : ParsedAnswer.Error("not_date");
            case QuestionType.Duration:
                return DurationParser.TryParse(text, item.DefaultUnit, out var limit)
                    ? ParsedAnswer.Ok(new AnswerValue($"{Canonical(limit.Value)} {limit.Unit}"))
                    : ParsedAnswer.Error("not_duration");
            case QuestionType.YesNo:
                return YesNoParser.Parse(text) is { } yes
                    ? ParsedAnswer.Ok(new AnswerValue(yes ? "yes" : "no"))
                    : ParsedAnswer.Error("not_yes_no");
            case QuestionType.SelectOne:
                return ChoiceMatcher.One(text, choices) is { } one
                    ? ParsedAnswer.Ok(new AnswerValue(one))
                    : ParsedAnswer.Error("not_choice");
            case QuestionType.SelectMany:
                return ChoiceMatcher.Many(text, choices) is { } many
                    ? ParsedAnswer.Ok(new AnswerValue(null, Items: many))
                    : ParsedAnswer.Error("not_choice");
            case QuestionType.Person:
                return People(input) is { Count: > 0 } people
                    ? ParsedAnswer.Ok(new AnswerValue(null, People: people))
                    : ParsedAnswer.Error("not_person");
            case QuestionType.File:
                return input.Files is { Count: > 0 } files
                    ? ParsedAnswer.Ok(new AnswerValue(null, Files: [.. files]))
                    : ParsedAnswer.Error("not_file");
            default:
                return ParsedAnswer.Ok(new AnswerValue(null));
        }
    }

    public static string Canonical(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static List<PersonRef> People(AnswerInput input)
    {
        if (input.People is { Count: > 0 } mentioned) return [.. mentioned];
        var text = input.Text ?? string.Empty;
        var people = new List<PersonRef>();
        foreach (Match m in Email().Matches(text)) people.Add(new PersonRef(m.Value, null, m.Value));
        if (people.Count > 0) return people;
        foreach (Match m in Mention().Matches(text)) people.Add(new PersonRef(m.Groups[1].Value.Trim(), null, null));
        return people;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?:^|\s)@([^\s@,;][^@,;\n]*)")]
    private static partial Regex Mention();
}

using Takomil.Domain.Common;
using static Takomil.Interviews.Tests.TestScripts;

namespace Takomil.Interviews.Tests;

/// <summary>Every question type, valid and invalid answers, in several languages, through the engine.</summary>
public sealed class AnswerParsingTests
{
    private static (Step Step, InterviewEngine Engine) AnswerOne(string type, string text, string language = "en", string extra = "")
    {
        var script = Script($"""
              - name: q
                type: {type}
                label: {T("Q")}
            {extra}
            """);
        var engine = Engine(script);
        return (engine.Answer(engine.Start(), AnswerInput.FromText(text), language), engine);
    }

    private static object? Typed(string type, string text, string extra = "")
    {
        var (step, engine) = AnswerOne(type, text, extra: extra);
        Assert.True(step.Accepted, step.Reason);
        return Assert.Single(engine.Values(step.State)).Value;
    }

    [Theory]
    [InlineData("1 250 000", 1250000L)]
    [InlineData("1250000", 1250000L)]
    [InlineData("1,250,000", 1250000L)]
    [InlineData("1.250.000", 1250000L)]
    [InlineData("-3", -3L)]
    [InlineData("1\u00A0000", 1000L)]
    public void Answer_IntegerForms_Parsed(string text, long expected) => Assert.Equal(expected, Typed("integer", text));

    [Theory]
    [InlineData("1,5", "uz-Latn", "Butun son kiriting")]
    [InlineData("ko'p", "ru", "Введите число")]
    [InlineData("abc", "en", "Enter a number")]
    public void Answer_IntegerInvalid_RefusedWithLocalisedReason(string text, string language, string reason)
    {
        var (step, _) = AnswerOne("integer", text, language);
        Assert.False(step.Accepted);
        Assert.Contains(reason, step.Reason, StringComparison.Ordinal);
        Assert.Equal("q", step.Next!.Name);
    }

    [Theory]
    [InlineData("1,5", 1.5)]
    [InlineData("1.5", 1.5)]
    [InlineData("1 250 000,75", 1250000.75)]
    [InlineData("1,250,000.75", 1250000.75)]
    public void Answer_DecimalForms_Parsed(string text, double expected) => Assert.Equal((decimal)expected, Typed("decimal", text));

    [Theory]
    [InlineData("1 250 000 so'm", 1250000)]
    [InlineData("1 250 000 soʻm", 1250000)]
    [InlineData("340000 сўм", 340000)]
    [InlineData("340 000 сум", 340000)]
    [InlineData("UZS 5", 0)]
    [InlineData("5 UZS", 5)]
    [InlineData("1,5 mln", 1500000)]
    [InlineData("200 ming so'm", 200000)]
    [InlineData("bepul", 0)]
    public void Answer_MoneyForms_Parsed(string text, int expected)
    {
        if (text == "UZS 5")
        {
            Assert.False(AnswerOne("money", text).Step.Accepted);
            return;
        }
        Assert.Equal(new Amount(expected, null), Typed("money", text));
    }

    [Fact]
    public void Answer_MoneyNegative_Refused()
    {
        var (step, _) = AnswerOne("money", "-5 so'm", "ru");
        Assert.Equal("Значение не может быть отрицательным.", step.Reason);
    }

    [Theory]
    [InlineData("25.12.2026")]
    [InlineData("2026-12-25")]
    [InlineData("25/12/2026")]
    [InlineData("25.12.2026 y.")]
    [InlineData("25.12.2026 г.")]
    public void Answer_DateForms_Parsed(string text) => Assert.Equal(new DateOnly(2026, 12, 25), Typed("date", text));

    [Theory]
    [InlineData("31.02.2026")]
    [InlineData("ertaga")]
    [InlineData("12/25/2026")]
    public void Answer_DateInvalid_Refused(string text)
    {
        var (step, _) = AnswerOne("date", text, "uz-Cyrl");
        Assert.False(step.Accepted);
        Assert.StartsWith("Санани", step.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5 ish kuni", 5, TimeUnit.WorkingDays)]
    [InlineData("5 ish kuni ichida", 5, TimeUnit.WorkingDays)]
    [InlineData("3 working days", 3, TimeUnit.WorkingDays)]
    [InlineData("10 дней", 10, TimeUnit.CalendarDays)]
    [InlineData("5 рабочих дней", 5, TimeUnit.WorkingDays)]
    [InlineData("24 soat", 24, TimeUnit.Hours)]
    [InlineData("24 часа", 24, TimeUnit.Hours)]
    [InlineData("2 иш куни", 2, TimeUnit.WorkingDays)]
    [InlineData("15 kun", 15, TimeUnit.CalendarDays)]
    [InlineData("1,5 soat", 1.5, TimeUnit.Hours)]
    public void Answer_DurationForms_ParsedToTimeLimit(string text, double value, TimeUnit unit) =>
        Assert.Equal(new TimeLimit((decimal)value, unit), Typed("duration", text));

    [Theory]
    [InlineData("5")]
    [InlineData("tez")]
    [InlineData("0 kun")]
    [InlineData("5 weeks")]
    public void Answer_DurationInvalid_Refused(string text) => Assert.False(AnswerOne("duration", text).Step.Accepted);

    [Fact]
    public void Answer_DurationBareNumberWithDefaultUnit_UsesIt() =>
        Assert.Equal(new TimeLimit(7, TimeUnit.WorkingDays), Typed("duration", "7", "    unit: working_days"));

    [Theory]
    [InlineData("ha", true)]
    [InlineData("Ha", true)]
    [InlineData("yo'q", false)]
    [InlineData("yoʻq", false)]
    [InlineData("ҳа", true)]
    [InlineData("йўқ", false)]
    [InlineData("да", true)]
    [InlineData("Нет", false)]
    [InlineData("yes", true)]
    [InlineData("No.", false)]
    [InlineData("1", true)]
    [InlineData("2", false)]
    [InlineData("Ha, bor", true)]
    public void Answer_YesNoWords_Parsed(string text, bool expected) => Assert.Equal(expected, Typed("yes_no", text));

    [Fact]
    public void Answer_YesNoUnclear_RefusedInUzbek()
    {
        var (step, _) = AnswerOne("yes_no", "balki", "uz-Latn");
        Assert.Equal("“Ha” yoki “Yoʻq” deb javob bering.", step.Reason);
    }

    private static readonly string[] RedBlue = ["red", "blue"];

    private const string Colours = """
            choices:
              - {value: red, label: {uz-Latn: "Qizil", uz-Cyrl: "Қизил", ru: "Красный", en: "Red"}}
              - {value: green, label: {uz-Latn: "Yashil", uz-Cyrl: "Яшил", ru: "Зелёный", en: "Green"}}
              - {value: blue, label: {uz-Latn: "Koʻk", uz-Cyrl: "Кўк", ru: "Синий", en: "Blue"}}
        """;

    [Theory]
    [InlineData("2", "green")]
    [InlineData("Зелёный", "green")]
    [InlineData("yashil", "green")]
    [InlineData("RED", "red")]
    [InlineData("ko'k", "blue")]
    public void Answer_SelectOneByNumberValueOrLabel_Parsed(string text, string expected) =>
        Assert.Equal(expected, Typed("select_one", text, Colours));

    [Theory]
    [InlineData("4")]
    [InlineData("purple")]
    public void Answer_SelectOneUnknown_Refused(string text) => Assert.False(AnswerOne("select_one", text, extra: Colours).Step.Accepted);

    [Theory]
    [InlineData("1, 3")]
    [InlineData("1 3")]
    [InlineData("Qizil; Koʻk")]
    [InlineData("red\nСиний")]
    public void Answer_SelectManyLists_Parsed(string text) => Assert.Equal(RedBlue, Typed("select_many", text, Colours));

    [Fact]
    public void Answer_SelectManyWithUnknownPart_Refused() => Assert.False(AnswerOne("select_many", "1, 9", extra: Colours).Step.Accepted);

    [Fact]
    public void Answer_SelectQuestion_OffersChoicesInTheLanguage()
    {
        var engine = Engine(Script($"""
              - name: q
                type: select_one
                label: {T("Q")}
            {Colours}
            """));
        Assert.Equal(["Красный", "Зелёный", "Синий"], engine.Current(engine.Start(), "ru")!.Choices.Select(c => c.Label));
    }

    [Fact]
    public void Answer_PersonByMention_KeepsResolvedPeople()
    {
        var engine = Engine(Script($"""
              - name: q
                type: person
                label: {T("Q")}
            """));
        var step = engine.Answer(engine.Start(), new AnswerInput("<at>Ali</at>", [new PersonRef("Ali Valiyev", "29:1", null)], []), "en");
        var people = Assert.IsType<PersonRef[]>(Assert.Single(engine.Values(step.State)).Value);
        Assert.Equal("29:1", Assert.Single(people).UserId);
    }

    [Theory]
    [InlineData("ali.valiyev@gov.uz", "ali.valiyev@gov.uz")]
    [InlineData("@Ali Valiyev", "Ali Valiyev")]
    public void Answer_PersonByEmailOrTypedMention_Parsed(string text, string name)
    {
        var people = Assert.IsType<PersonRef[]>(Typed("person", text));
        Assert.Equal(name, Assert.Single(people).Name);
    }

    [Fact]
    public void Answer_PersonPlainName_Refused() =>
        Assert.Equal("Отметьте человека через @ или напишите адрес электронной почты.", AnswerOne("person", "Ali", "ru").Step.Reason);

    [Fact]
    public void Answer_FileWithoutAttachment_Refused() =>
        Assert.Equal("Attach the file to your message.", AnswerOne("file", "here it is").Step.Reason);

    [Fact]
    public void Answer_NoteAnythingAdvances()
    {
        var engine = Engine(Script($"""
              - name: n
                type: note
                label: {T("Read me")}
              - name: q
                type: text
                label: {T("Q")}
            """));
        var step = engine.Answer(engine.Start(), AnswerInput.FromText("ok"), "en");
        Assert.True(step.Accepted);
        Assert.Equal("q", step.Next!.Name);
        Assert.DoesNotContain(engine.Values(step.State), v => v.Path == "answers.n");
    }
}

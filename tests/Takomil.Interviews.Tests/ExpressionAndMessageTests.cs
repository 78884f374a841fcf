namespace Takomil.Interviews.Tests;

public sealed class ExpressionAndMessageTests
{
    private sealed class Values(Dictionary<string, ExprValue> values, ExprValue self = default) : IExpressionScope
    {
        public ExprValue Self => self;

        public int Position => 2;

        public DateOnly Today => new(2026, 3, 10);

        public ExprValue Lookup(string name) => values.GetValueOrDefault(name);

        public int Count(string name) => name == "steps" ? 3 : 0;
    }

    private static readonly Values Scope = new(new()
    {
        ["n"] = ExprValue.Of(5m),
        ["s"] = ExprValue.Of("abc"),
        ["yes"] = ExprValue.Of(true),
        ["many"] = ExprValue.Of(["a", "b"]),
        ["d"] = ExprValue.Of(new DateOnly(2026, 1, 1)),
    }, ExprValue.Of(7m));

    [Theory]
    [InlineData("1 + 2 * 3 = 7", true)]
    [InlineData("(1 + 2) * 3 = 9", true)]
    [InlineData("${n} > 4 and ${n} <= 5", true)]
    [InlineData("${n} != 5 or not(${yes})", false)]
    [InlineData("not ${yes}", false)]
    [InlineData(". = 7", true)]
    [InlineData("${s} = 'abc'", true)]
    [InlineData("string-length(${s}) = 3", true)]
    [InlineData("selected(${many}, 'b')", true)]
    [InlineData("selected(${many}, 'c')", false)]
    [InlineData("count(${steps}) = 3", true)]
    [InlineData("${d} < today()", true)]
    [InlineData("today() - ${d} = 68", true)]
    [InlineData("position() = 2", true)]
    [InlineData("${missing} = ''", true)]
    [InlineData("${missing} > 1", false)]
    [InlineData("10 div 4 = 2.5 and 10 mod 4 = 2", true)]
    [InlineData("1 / 0 = 1", false)]
    [InlineData("if(${yes}, 'a', 'b') = 'a'", true)]
    [InlineData("${yes} = 'yes'", true)]
    [InlineData("-${n} = -5", true)]
    [InlineData("number('12') + 1 = 13", true)]
    public void Evaluate_Expressions_ExpectedTruth(string source, bool expected) =>
        Assert.Equal(expected, Expression.Parse(source).Evaluate(Scope).Truthy);

    [Theory]
    [InlineData("")]
    [InlineData("1 +")]
    [InlineData("${}")]
    [InlineData("${a b}")]
    [InlineData("foo")]
    [InlineData("System.IO.File.Delete('x')")]
    [InlineData("'unclosed")]
    public void Parse_Malformed_Throws(string source) => Assert.Throws<ExpressionException>(() => Expression.Parse(source));

    [Fact]
    public void BuiltInMessages_EveryKeyInAllFourLanguages()
    {
        foreach (var (key, text) in BuiltInMessages.All)
        {
            Assert.All(new[] { text.UzLatn, text.UzCyrl, text.Ru, text.En }, t => Assert.False(string.IsNullOrWhiteSpace(t), key));
            if (key is "no_answer") continue;
            Assert.NotEqual(text.UzLatn, text.Ru);
            Assert.DoesNotContain("o'", text.UzLatn, StringComparison.Ordinal);
            var placeholders = System.Text.RegularExpressions.Regex.Matches(text.En, @"\{\w+\}").Select(m => m.Value).Order().ToList();
            foreach (var other in new[] { text.UzLatn, text.UzCyrl, text.Ru })
            {
                Assert.Equal(placeholders, System.Text.RegularExpressions.Regex.Matches(other, @"\{\w+\}").Select(m => m.Value).Order().ToList());
            }
        }
    }
}

using static Takomil.Interviews.Tests.TestScripts;

namespace Takomil.Interviews.Tests;

/// <summary>Each kind of script problem is reported as file:line, and all problems come together.</summary>
public sealed class ScriptValidationTests
{
    private static readonly string Header = $"""
        id: bad
        title: {T("Title")}
        purpose: {T("Purpose")}
        context: [service]
        questions:
        """;

    /// <summary>Parses a script whose questions start on line 6, and returns its errors.</summary>
    private static IReadOnlyList<ScriptError> Errors(string questions)
    {
        var ex = Assert.Throws<ScriptValidationException>(() => ScriptLibrary.Parse("bad.yaml", Header + "\n" + questions));
        return ex.Errors;
    }

    private static void AssertError(IReadOnlyList<ScriptError> errors, int line, string fragment)
    {
        Assert.Contains(errors, e => e.File == "bad.yaml" && e.Line == line && e.Message.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_UnknownBindingPath_ReportsBindLine()
    {
        var errors = Errors($"""
              - name: a
                type: text
                label: {T("A")}
                bind: facts.nothing.here
            """);
        AssertError(errors, 9, "unknown binding path 'facts.nothing.here'");
    }

    [Fact]
    public void Parse_BindingTypeMismatchAndListOutsideRepeat_Reported()
    {
        var errors = Errors($"""
              - name: a
                type: text
                label: {T("A")}
                bind: facts.legalActs[].adoptedOn
            """);
        AssertError(errors, 9, "must be inside a repeat");
        AssertError(errors, 9, "takes Date, not Text");
    }

    [Fact]
    public void Parse_BadExpression_ReportsLine()
    {
        var errors = Errors($"""
              - name: a
                type: integer
                label: {T("A")}
                constraint: ". >= (1"
            """);
        AssertError(errors, 9, "bad expression in 'constraint'");
    }

    [Theory]
    [InlineData("eval('x')", "unknown function 'eval'")]
    [InlineData("${a} ; 1", "unexpected character ';'")]
    [InlineData("count(1)", "count() takes a ${name}")]
    [InlineData("selected(${a})", "selected() takes 2 argument(s)")]
    public void Parse_UnsafeOrMalformedExpressions_Rejected(string expression, string fragment)
    {
        var errors = Errors($"""
              - name: a
                type: text
                label: {T("A")}
                relevant: "{expression}"
            """);
        AssertError(errors, 9, fragment);
    }

    [Fact]
    public void Parse_ReferenceToUnknownQuestion_ReportsItemLine()
    {
        var errors = Errors($"""
              - name: a
                type: text
                label: {T("A")}
                relevant: "{"${ghost}"} = 'x'"
            """);
        AssertError(errors, 6, "reference to unknown question '${ghost}'");
    }

    [Fact]
    public void Parse_LabelShowsUnknownName_Reported()
    {
        var errors = Errors($"""
              - name: a
                type: text
                label: {T("About ${nobody}")}
            """);
        AssertError(errors, 6, "shows ${nobody}");
    }

    [Fact]
    public void Parse_MissingTranslation_ReportsTextLine()
    {
        var errors = Errors("""
              - name: a
                type: text
                label: {uz-Latn: "Savol", uz-Cyrl: "Савол", en: "Question"}
            """);
        AssertError(errors, 8, "missing translation 'ru' of 'label'");
    }

    [Fact]
    public void Parse_DuplicateNames_ReportsSecond()
    {
        var errors = Errors($"""
              - name: a
                type: text
                label: {T("A")}
              - name: a
                type: integer
                label: {T("A again")}
            """);
        AssertError(errors, 9, "duplicate name 'a'");
    }

    [Fact]
    public void Parse_UnknownTypeAndKey_Reported()
    {
        var errors = Errors($"""
              - name: a
                type: colour
                label: {T("A")}
              - name: b
                type: text
                label: {T("B")}
                requried: true
            """);
        AssertError(errors, 7, "unknown type 'colour'");
        AssertError(errors, 12, "unknown question key 'requried'");
    }

    [Fact]
    public void Parse_ChoicesFromNotInRepeat_Reported()
    {
        var errors = Errors($"""
              - name: doc
                type: text
                label: {T("Doc")}
              - name: pick
                type: select_many
                choices_from: doc
                label: {T("Pick")}
            """);
        AssertError(errors, 9, "choices_from of 'pick' must name a question inside a repeat");
    }

    [Fact]
    public void Parse_EnumBindingWithForeignChoice_ReportsChoiceLine()
    {
        var errors = Errors($"""
              - name: r
                type: repeat
                label: {T("R")}
                add_label: {T("More")}
                questions:
                  - name: role
                    type: select_one
                    bind: facts.agencies[].role
                    label: {T("Role")}
                    choices:
                      - {"{"}value: boss, label: {T("Boss")}{"}"}
            """);
        AssertError(errors, 16, "choice 'boss' of 'role' is not one of Provider, Participant, Subordinate");
    }

    [Fact]
    public void Parse_InvalidDefaultAndCalculationCycle_Reported()
    {
        var errors = Errors($"""
              - name: n
                type: integer
                default: "many"
                label: {T("N")}
              - name: c1
                type: calculate
                calculate: "{"${c2}"} + 1"
              - name: c2
                type: calculate
                calculate: "{"${c1}"} + 1"
            """);
        AssertError(errors, 6, "default 'many' of 'n' is not a valid Integer answer");
        AssertError(errors, 10, "calculate 'c1' depends on itself");
    }

    [Fact]
    public void Parse_RepeatChildReadFromOutside_OnlyThroughCount()
    {
        var errors = Errors($"""
              - name: r
                type: repeat
                label: {T("R")}
                add_label: {T("More")}
                questions:
                  - name: x
                    type: text
                    label: {T("X")}
              - name: y
                type: text
                relevant: "{"${x}"} = 'a' or count({"${x}"}) > 1"
                label: {T("Y")}
            """);
        AssertError(errors, 14, "'${x}' is inside repeat 'r'");
        Assert.Single(errors);
    }

    [Fact]
    public void Parse_YamlSyntaxError_ReportsLine()
    {
        var ex = Assert.Throws<ScriptValidationException>(() => ScriptLibrary.Parse("bad.yaml", "id: x\ntitle: [unclosed\n"));
        Assert.Contains("bad.yaml:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("YAML syntax", ex.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FolderWithTwoBadFiles_ListsEveryProblemAsFileLine()
    {
        var dir = Directory.CreateTempSubdirectory("takomil-dialogs-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "one.yaml"), Header.Replace("id: bad", "id: one", StringComparison.Ordinal) + $"""

                  - name: a
                    type: text
                    label: {T("A")}
                    bind: facts.bogus
                """);
            File.WriteAllText(Path.Combine(dir.FullName, "two.yaml"), Header.Replace("id: bad", "id: one", StringComparison.Ordinal) + """

                  - name: b
                    type: text
                    label: {uz-Latn: "B"}
                """);

            var ex = Assert.Throws<ScriptValidationException>(() => ScriptLibrary.Load(dir.FullName));

            Assert.Contains("one.yaml:9: unknown binding path 'facts.bogus'", ex.Message, StringComparison.Ordinal);
            Assert.Contains("two.yaml:8: missing translation 'uz-Cyrl' of 'label'", ex.Message, StringComparison.Ordinal);
            Assert.Contains("two.yaml:1: duplicate script id 'one'", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

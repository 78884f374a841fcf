using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Takomil.Bot.Inspections;
using Takomil.Bot.Localization;
using Takomil.Domain.Common;

namespace Takomil.Bot.Tests.Inspections;

/// <summary>Every reason code the domain can return has a text in all four languages, with all its arguments shown.</summary>
public sealed partial class ReasonTextsTests
{
    private static readonly Texts Texts = new();
    private static readonly ReasonTexts Reasons = new(Texts, new DomainNames(Texts));

    /// <summary>Read from the domain itself, so a new code fails here until it has its texts.</summary>
    private static readonly string[] AllCodes = [.. typeof(ReasonCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)];

    public static TheoryData<string> Codes() => new(AllCodes);

    public static TheoryData<string, string> CodesInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var code in AllCodes) foreach (var language in BotLanguages.All) data.Add(code, language);
        return data;
    }

    [Fact]
    public void DomainCodes_AreRead()
    {
        Assert.True(AllCodes.Length >= 45, $"only {AllCodes.Length} codes found");
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Code_HasItsArgumentsListedAndATextInEveryFile(string code)
    {
        Assert.True(ReasonTexts.Arguments.TryGetValue(code, out var arguments), $"{code} has no argument list in ReasonTexts");
        foreach (var file in new[] { string.Empty, BotLanguages.UzbekLatin, BotLanguages.UzbekCyrillic, BotLanguages.Russian })
        {
            var text = Texts.GetExact(ReasonTexts.KeyPrefix + code, file);
            Assert.False(string.IsNullOrWhiteSpace(text), $"{ReasonTexts.KeyPrefix}{code} missing in '{file}'");
            var placeholders = Placeholder().Matches(text).Select(m => m.Value).Distinct().Count();
            Assert.True(placeholders == arguments.Length, $"{code} in '{file}' has {placeholders} placeholders for {arguments.Length} arguments: {text}");
        }
    }

    [Theory]
    [MemberData(nameof(CodesInEveryLanguage))]
    public void Describe_WithTypicalArguments_FillsEveryPlaceholderAndNamesEnumsInTheLanguage(string code, string language)
    {
        var refusal = Refusal.Of(code, ReasonTexts.Arguments[code].Select(a => (a, (object?)Sample(a))).ToArray());

        var text = Reasons.Describe(refusal, BotLanguages.Culture(language));

        Assert.DoesNotMatch(Placeholder(), text);
        foreach (var raw in new[] { "AddMember", "Inspecting", "MarkModelsDrafted", "AsIs", "LegalActs", "Submitted" })
        {
            Assert.DoesNotContain(raw, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Describe_NamedOfficial_ShowsTheNameEscaped()
    {
        var id = Guid.NewGuid();
        var refusal = Refusal.Of(ReasonCodes.WorkingGroupAlreadyMember, ("officialId", id));

        var text = Reasons.Describe(refusal, CultureInfo.GetCultureInfo("en"), new Dictionary<string, string> { [id.ToString()] = "*Bobur* <b>" });

        Assert.Equal("\\*Bobur\\* \\<b> is already in the working group.", text);
    }

    [Fact]
    public void Describe_CodeFromANewerDomain_FallsBackToAGenericText()
    {
        var text = Reasons.Describe(Refusal.Of("brand.new_code"), CultureInfo.GetCultureInfo("ru"));

        Assert.Equal("Запрос отклонён (brand.new\\_code).", text);
    }

    private static string Sample(string argument) => argument switch
    {
        "permission" => "AddMember",
        "stage" => "Inspecting",
        "trigger" => "MarkModelsDrafted",
        "state" => "Submitted",
        "kind" => "AsIs",
        "missingRoles" => "Member, Interviewee",
        "sections" => "LegalActs, Statistics",
        "field" => "deadline",
        "year" => "2026",
        _ => "x-1",
    };

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex Placeholder();
}

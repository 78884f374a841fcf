using System.Reflection;
using System.Text.RegularExpressions;
using Takomil.Bot.Approvals;
using Takomil.Bot.Localization;
using Takomil.Domain.Approvals;
using Takomil.Domain.Inspections;

namespace Takomil.Bot.Tests.Approvals;

/// <summary>Every approval refusal and every name the approval cards use has its text, in all four languages.</summary>
public sealed partial class ApprovalTextsTests
{
    public static TheoryData<string> Codes() =>
        new(typeof(ApprovalReasonCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!));

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCode_HasArgumentsAndATextWithThatManyPlaceholdersInEveryLanguage(string code)
    {
        Assert.True(ApprovalTexts.Arguments.TryGetValue(code, out var arguments), $"{code} has no argument list");
        foreach (var language in BotLanguages.All)
        {
            var text = Texts.GetExact(ApprovalTexts.KeyPrefix + code, language == BotLanguages.English ? string.Empty : language);
            Assert.False(string.IsNullOrWhiteSpace(text), $"{code} has no text in {language}");
            var placeholders = Placeholder().Matches(text).Select(m => m.Value).Distinct().Count();
            Assert.Equal(arguments.Length, placeholders);
        }
    }

    [Fact]
    public void EveryEnumName_HasItsText()
    {
        var keys = Enum.GetNames<ApprovalStage>().Select(n => $"Approval.Stage.{n}")
            .Concat(Enum.GetNames<ApprovalRule>().Select(n => $"Approval.Rule.{n}"))
            .Concat(Enum.GetNames<ApprovalVerdict>().Select(n => $"Approval.Verdict.{n}"))
            .Concat(Enum.GetNames<ApprovalVerdict>().Select(n => $"Approval.Decision.{n}"))
            .Concat(Enum.GetNames<ApprovalEffect>().Select(n => $"Approval.Decided.{n}"))
            .Concat(Enum.GetNames<Measure>().Select(n => $"Plan.Measure.{n}"));
        var missing = keys.Where(k => Texts.GetExact(k, string.Empty) is null).ToList();
        Assert.True(missing.Count == 0, string.Join(", ", missing));
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}

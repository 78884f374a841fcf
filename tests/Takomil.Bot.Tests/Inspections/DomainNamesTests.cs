using Takomil.Bot.Inspections;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Access;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Domain.Services;

namespace Takomil.Bot.Tests.Inspections;

/// <summary>Every enum value the cards and reasons name, every duty and role word, exists in all four languages.</summary>
public sealed class DomainNamesTests
{
    // The fields StageTransitions names in inspection.plan_item_incomplete.
    private static readonly string[] PlanFields = ["description", "deadline", "executor"];

    public static TheoryData<string> Keys()
    {
        var keys = new List<string>();
        keys.AddRange(DomainNames.KeysOf<InspectionStage>(DomainNames.StagePrefix));
        keys.AddRange(DomainNames.KeysOf<WorkingGroupRole>(DomainNames.RolePrefix));
        keys.AddRange(DomainNames.KeysOf<Permission>(DomainNames.PermissionPrefix));
        keys.AddRange(DomainNames.KeysOf<InspectionTrigger>(DomainNames.TriggerPrefix));
        keys.AddRange(DomainNames.KeysOf<ServiceListState>(DomainNames.ListStatePrefix));
        keys.AddRange(DomainNames.KeysOf<ProcessModelKind>(DomainNames.ModelKindPrefix));
        keys.AddRange(DomainNames.KeysOf<FactSection>(DomainNames.SectionPrefix));
        keys.AddRange(Enum.GetNames<DutyKind>().Select(k => DutyTexts.KeyPrefix + k));
        keys.AddRange(Enum.GetValues<WorkingGroupRole>().Select(RoleWords.WordsKey));
        keys.AddRange(PlanFields.Select(f => $"{ReasonTexts.PlanFieldPrefix}.{f}"));
        return new TheoryData<string>(keys);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Key_HasATextInEveryFile(string key)
    {
        foreach (var file in new[] { string.Empty, BotLanguages.UzbekLatin, BotLanguages.UzbekCyrillic, BotLanguages.Russian })
        {
            Assert.False(string.IsNullOrWhiteSpace(Texts.GetExact(key, file)), $"{key} missing in '{file}'");
        }
    }

    [Theory]
    [InlineData("member", WorkingGroupRole.Member)]
    [InlineData("aʼzo", WorkingGroupRole.Member)]
    [InlineData("a'zo", WorkingGroupRole.Member)]
    [InlineData("A‘ZO", WorkingGroupRole.Member)]
    [InlineData("аъзо", WorkingGroupRole.Member)]
    [InlineData("участник,", WorkingGroupRole.Member)]
    [InlineData("rahbar", WorkingGroupRole.Lead)]
    [InlineData("Руководитель", WorkingGroupRole.Lead)]
    [InlineData("respondent", WorkingGroupRole.Interviewee)]
    [InlineData("респондент", WorkingGroupRole.Interviewee)]
    [InlineData("tasdiqlovchi", WorkingGroupRole.Approver)]
    [InlineData("komissiya", WorkingGroupRole.CommissionMember)]
    [InlineData("ижрочи", WorkingGroupRole.Executor)]
    [InlineData("исполнитель", WorkingGroupRole.Executor)]
    public void RoleWords_InAnyLanguageAndApostrophe_AreUnderstood(string word, WorkingGroupRole expected)
    {
        var words = new RoleWords(new Texts());

        Assert.True(words.TryParse(word, out var role));
        Assert.Equal(expected, role);
    }

    [Fact]
    public void RoleWords_UnknownWord_IsNotARole()
    {
        Assert.False(new RoleWords(new Texts()).TryParse("boss", out _));
    }

    [Fact]
    public void RoleWords_EveryRoleWordInEveryLanguage_ParsesToItsRole()
    {
        var texts = new Texts();
        var words = new RoleWords(texts);
        foreach (var role in Enum.GetValues<WorkingGroupRole>())
        {
            foreach (var language in BotLanguages.All)
            {
                foreach (var word in texts.Get(RoleWords.WordsKey(role), BotLanguages.Culture(language)).Split('|'))
                {
                    Assert.True(words.TryParse(word, out var parsed) && parsed == role, $"'{word}' ({language}) should mean {role}");
                }
            }
        }
    }
}

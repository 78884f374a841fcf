using Takomil.Bot.Interviews;
using Takomil.Bot.Localization;
using Takomil.Interviews;

namespace Takomil.Bot.Tests.Interviews;

/// <summary>The interview's own words in the four languages; anything longer stays an answer.</summary>
public sealed class InterviewWordsParsingTests
{
    private readonly InterviewWords _words = new(new Texts());

    [Theory]
    [InlineData("back", InterviewWord.Back, null)]
    [InlineData("Orqaga", InterviewWord.Back, null)]
    [InlineData("назад", InterviewWord.Back, null)]
    [InlineData("o'tkazish", InterviewWord.Skip, null)]
    [InlineData("ўтказиш", InterviewWord.Skip, null)]
    [InlineData("Pause!", InterviewWord.Pause, null)]
    [InlineData("давом", InterviewWord.Resume, null)]
    [InlineData("продолжить", InterviewWord.Resume, null)]
    [InlineData("edit 3", InterviewWord.Edit, 3)]
    [InlineData("tahrir 12", InterviewWord.Edit, 12)]
    [InlineData("изменить", InterviewWord.Edit, null)]
    [InlineData("xulosa", InterviewWord.Summary, null)]
    [InlineData("итог", InterviewWord.Summary, null)]
    [InlineData("тасдиқлаш", InterviewWord.Confirm, null)]
    public void Parse_AWordAlone_IsTheWord(string text, InterviewWord word, int? number)
    {
        Assert.Equal((word, number), _words.Parse(text));
    }

    [Theory]
    [InlineData("back office of the ministry")]
    [InlineData("edit three")]
    [InlineData("edit 0")]
    [InlineData("skip 2")]
    [InlineData("Qaror 184")]
    [InlineData("")]
    public void Parse_AnythingElse_IsAnAnswer(string text)
    {
        Assert.Equal(InterviewWord.None, _words.Parse(text).Word);
    }

    [Theory]
    [InlineData("facts.legalActs[0].number", "facts.legalActs[0]", "number")]
    [InlineData("facts.costAndTerms.fees", "facts.costAndTerms", "fees")]
    [InlineData("asis.procedures[2].lane.kind", "asis.procedures[2]", "lane.kind")]
    [InlineData("facts.noInformationSystems", "facts.noInformationSystems", "")]
    public void ConflictMerge_PathOfAConflict_SplitsIntoItemAndField(string path, string group, string field)
    {
        Assert.Equal((group, field), (ConflictMerge.GroupOf(path), ConflictMerge.FieldOf(path)));
    }

    [Fact]
    public void ConflictMerge_ValuesOfAnItem_LeaveOutTheFieldsKept()
    {
        BoundValue[] values =
        [
            new("facts.legalActs[0].title", "A", "A"), new("facts.legalActs[0].number", "1", "1"),
            new("facts.legalActs[1].title", "B", "B"), new("facts.costAndTerms.fees[0].amount", 5m, "5"), new("facts.costAndTerms.isFree", false, "no"),
        ];

        Assert.Equal(["facts.legalActs[0].title"], ConflictMerge.ValuesOf(values, "facts.legalActs[0]", ["number"]).Select(v => v.Path));
        Assert.Equal(["facts.costAndTerms.isFree"], ConflictMerge.ValuesOf(values, "facts.costAndTerms", ["fees"]).Select(v => v.Path));
    }
}

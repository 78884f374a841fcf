using System.Text.RegularExpressions;
using Takomil.Documents.Diagrams;
using Takomil.Documents.Tests.Support;
using Takomil.Domain.Common;

namespace Takomil.Documents.Tests;

public sealed partial class ProcedureDescriberTests
{
    [Fact]
    public void Describe_UzLatn_SentenceForEveryProcedureInExecutionOrder()
    {
        var lines = ProcedureDescriber.Describe(TestModels.Realistic(), UiLanguage.UzLatn);

        Assert.Equal(14, lines.Count);
        Assert.Equal(Enumerable.Range(1, 14), lines.Select(l => int.Parse(Number().Match(l).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(
            "2. Hujjatlarning toʻliqligini tekshirish — bajaruvchi: Bosh mutaxassis (Davlat xizmatlari markazi); bajarish usuli: qoʻlda; " +
            "kiruvchi hujjatlar: Ariza, Pasport nusxasi, Loyiha hujjatlari; muddat: 1 ish kuni; oldingi tartib-taomillar: 1",
            lines[1]);
        Assert.Contains(lines, l => l.StartsWith("4. Davlat bojini toʻlash", StringComparison.Ordinal) && l.Contains("muddat: 0,5 soat; qiymati: BHMning 1 baravari", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("qaror: Talablarga muvofiqmi?; berish mezonlari: Hujjatlar toʻliq, Xulosalar ijobiy; rad etish mezonlari: Xulosa salbiy, Hujjatlar soxta", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(UiLanguage.UzCyrl, "бажарувчи: ", "муддат: 1 иш куни")]
    [InlineData(UiLanguage.Ru, "исполнитель: ", "срок: 0,5 ч")]
    [InlineData(UiLanguage.En, "performer: ", "time limit: 0.5 hour(s)")]
    public void Describe_OtherLanguages_OwnTemplatesAndNumbers(UiLanguage language, string performer, string limit)
    {
        var lines = ProcedureDescriber.Describe(TestModels.Realistic(), language);

        Assert.Equal(14, lines.Count);
        Assert.All(lines, l => Assert.Contains(performer, l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(limit, StringComparison.Ordinal));
    }

    [Fact]
    public void Describe_NoTimeLimitNoCost_SaysNotSet()
    {
        var step = TestModels.Step("a", "Qabul", TestModels.Centre, Domain.Models.ProcedureKind.Manual, []) with { TimeLimit = null };

        var line = Assert.Single(ProcedureDescriber.Describe([step], UiLanguage.Ru));

        Assert.Equal("1. Qabul — исполнитель: Davlat xizmatlari markazi; способ: вручную; срок: не установлен", line);
    }

    [GeneratedRegex(@"^(\d+)\. ")]
    private static partial Regex Number();
}

using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Reports.Content;

namespace Takomil.Reports.Tests.Sample;

/// <summary>Content made of strings that break naive writers: markup, control characters, broken surrogates.</summary>
internal static class HostileReport
{
    /// <summary>Text every writer must keep, character for character, as plain text.</summary>
    public const string Markup = "<w:t>**bold** | _x_ [link](http://e.x) &amp; ]]> `code` # not a heading";

    /// <summary>Characters XML forbids, a lone surrogate and a form feed, mixed with text that must survive.</summary>
    public const string Controls = "A\u0000B\u0001C\u000BD\u000CE\uFFFEF\uD800G\u001FH";

    public const string ControlsCleaned = "ABCDEFGH";

    public static ReportContent Build(UiLanguage language = UiLanguage.UzLatn)
    {
        var header = new ReportHeader(Markup, Controls, "1. not a list\n- nor this\n> nor a quote", 2025, new DateOnly(2025, 3, 14), null, null,
            [new ReportMember("Ali | Vali", "\tTabbed\r\nposition", [])]);
        var empty = new ReportModel([], null);
        return new ReportContent(language, header, [Markup, Controls], new FactSheet(Guid.NewGuid(), 2025), empty,
            [new ReportFinding("R|1", "p. 14", Markup, Controls, [Markup])], [], empty,
            new ReportComparison([new ComparisonRow(Markup, "a|b", "c\nd", -12.5m)], null),
            [new ReportPlanRow(1, Markup, Controls, "x|y", "Executor", "Q2", "effect")],
            [new ReportAnnex(Markup, Controls)]);
    }

    /// <summary>Nothing at all beyond the header: every section must still appear, with its "none" remark.</summary>
    public static ReportContent Empty(UiLanguage language)
    {
        var header = new ReportHeader("Service", "X-1", "Agency", 2025, new DateOnly(2025, 1, 1), null, null, []);
        var empty = new ReportModel([], null);
        return new ReportContent(language, header, [], new FactSheet(Guid.NewGuid(), 2025), empty, [], [], empty,
            new ReportComparison([], null), [], []);
    }
}

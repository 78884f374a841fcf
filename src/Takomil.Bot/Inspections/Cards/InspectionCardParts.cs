using System.Globalization;
using Takomil.Bot.Localization;
using Takomil.Domain.Inspections;
using Takomil.Protocol.Cards;

namespace Takomil.Bot.Inspections.Cards;

/// <summary>How a notice at the top of a card looks: what happened, or why something was not done.</summary>
public enum NoticeKind
{
    Done,
    Info,
    Problem,
}

/// <summary>A short trusted-markdown message shown above a card's content.</summary>
public sealed record Notice(NoticeKind Kind, string TrustedMarkdown);

/// <summary>The pieces the inspection cards share: headings, notices, dates and deadlines in Tashkent time.</summary>
public sealed class InspectionCardParts(Texts texts, DomainNames names, TimeProvider time)
{
    /// <summary>Uzbekistan keeps UTC+5 all year (no daylight saving since 1992).</summary>
    private static readonly TimeSpan Tashkent = TimeSpan.FromHours(5);

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Tashkent).DateTime);

    /// <summary>Dates as official documents in Uzbekistan write them, in every language.</summary>
    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static TextBlock Heading(string outsideText) =>
        TextBlock.Plain(outsideText) with { Size = FontSize.Large, Weight = FontWeight.Bolder, Style = TextBlockStyle.Heading };

    public static TextBlock Section(string trustedText) =>
        TextBlock.Markdown(trustedText) with { Weight = FontWeight.Bolder, Separator = true, Spacing = Spacing.Medium };

    public static TextBlock Bullet(string trustedText) => TextBlock.Markdown("• " + trustedText) with { Spacing = Spacing.None };

    public static CardElement NoticeBlock(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var style = notice.Kind switch
        {
            NoticeKind.Done => ContainerStyle.Good,
            NoticeKind.Problem => ContainerStyle.Attention,
            _ => ContainerStyle.Accent,
        };
        return new Container([TextBlock.Markdown(notice.TrustedMarkdown)]) { Style = style };
    }

    /// <summary>"30.06.2026 — 37 days left", "… due today" or "… overdue by 5 days".</summary>
    public string Deadline(DateOnly deadline, CultureInfo culture)
    {
        var days = deadline.DayNumber - Today.DayNumber;
        return days switch
        {
            > 0 => texts.Format("Status.DaysLeft", culture, Date(deadline), days),
            0 => texts.Format("Status.DueToday", culture, Date(deadline)),
            _ => texts.Format("Status.Overdue", culture, Date(deadline), -days),
        };
    }

    /// <summary>The stage and, where the annex numbers it, its stage of five.</summary>
    public string Stage(InspectionStage stage, CultureInfo culture)
    {
        var name = names.Stage(stage, culture);
        var annex = stage.AnnexStage();
        return annex == 0 ? name : texts.Format("Status.StageValue", culture, name, annex);
    }
}

using System.Globalization;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Protocol.Cards;

namespace Takomil.Bot.Models.Cards;

/// <summary>The inspection report (p. 25) is ready: download buttons for DOCX and Markdown, and how long the links work.</summary>
public sealed class ReportCard(Texts texts)
{
    public AdaptiveCard Build(string serviceCode, string serviceName, string reportLanguage, Uri docx, Uri markdown, TimeSpan lifetime, CultureInfo culture)
    {
        var body = new List<CardElement>
        {
            InspectionCardParts.Heading(texts.Get("Report.Title", culture)),
            TextBlock.Plain($"{serviceCode} · {serviceName}") with { IsSubtle = true, Spacing = Spacing.None },
            TextBlock.Markdown(texts.Format("Report.Ready", culture, texts.Get("Report.Language." + reportLanguage, culture))),
            TextBlock.Markdown(texts.Format("Report.Expires", culture, Math.Max(1, (int)lifetime.TotalDays))) with { IsSubtle = true },
        };
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new OpenUrlAction(docx) { Title = texts.Get("Report.Docx", culture) },
                new OpenUrlAction(markdown) { Title = texts.Get("Report.Markdown", culture) },
            ],
            FallbackText = texts.Get("Report.Title", culture),
        };
    }
}

using DocumentFormat.OpenXml.Wordprocessing;
using Takomil.Domain.Common;

namespace Takomil.Reports.Docx;

/// <summary>
/// The report's styles. Times New Roman, as Uzbek state documents use; where it is missing (LibreOffice on
/// Linux) fontconfig substitutes the metric-compatible Liberation Serif, or DejaVu Serif.
/// </summary>
internal static class DocxStyles
{
    public const string Font = "Times New Roman";
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string TitleAuthority = "TitleAuthority";
    public const string DraftMark = "DraftMark";
    public const string Caption = "Caption";
    public const string TableHeading = "TableHeading";
    public const string TableText = "TableText";
    public const string ListBullet = "ListBullet";
    public const string Note = "Note";
    public const string Figure = "FigureParagraph";
    public const string FooterStyle = "Footer";
    public const string Table = "ReportTable";

    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, 3);

    public static string LanguageTag(UiLanguage language) => language switch
    {
        UiLanguage.UzCyrl => "uz-Cyrl-UZ",
        UiLanguage.Ru => "ru-RU",
        UiLanguage.En => "en-GB",
        _ => "uz-Latn-UZ",
    };

    public static Styles Build(UiLanguage language)
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "26" },
                    new FontSizeComplexScript { Val = "26" },
                    new Languages { Val = LanguageTag(language), EastAsia = LanguageTag(language), Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(
            Paragraph(Normal, "Normal", null, p => p.Justification = new Justification { Val = JustificationValues.Both }, null, isDefault: true),
            Paragraph(Title, "Title", Normal,
                p => { p.Justification = new Justification { Val = JustificationValues.Center }; p.SpacingBetweenLines = new SpacingBetweenLines { Before = "240", After = "240" }; },
                r => { r.Bold = new Bold(); r.FontSize = new FontSize { Val = "36" }; r.FontSizeComplexScript = new FontSizeComplexScript { Val = "36" }; }),
            Paragraph(Subtitle, "Subtitle", Normal,
                p => { p.Justification = new Justification { Val = JustificationValues.Center }; p.SpacingBetweenLines = new SpacingBetweenLines { After = "240" }; },
                r => { r.Bold = new Bold(); r.FontSize = new FontSize { Val = "30" }; r.FontSizeComplexScript = new FontSizeComplexScript { Val = "30" }; }),
            Paragraph(TitleAuthority, "Title authority", Normal,
                p => { p.Justification = new Justification { Val = JustificationValues.Center }; p.SpacingBetweenLines = new SpacingBetweenLines { After = "60" }; },
                r => { r.Bold = new Bold(); r.Caps = new Caps(); }),
            Paragraph(DraftMark, "Draft mark", Normal,
                p => p.Justification = new Justification { Val = JustificationValues.Right },
                r => { r.Bold = new Bold(); r.Caps = new Caps(); r.Spacing = new Spacing { Val = 40 }; }),
            Heading(1, "32", "360", "160"),
            Heading(2, "28", "240", "120"),
            Heading(3, "26", "200", "80"),
            Paragraph(Caption, "caption", Normal,
                p => { p.KeepNext = new KeepNext(); p.SpacingBetweenLines = new SpacingBetweenLines { Before = "120", After = "120" }; p.Justification = new Justification { Val = JustificationValues.Left }; },
                r => { r.Italic = new Italic(); r.FontSize = new FontSize { Val = "22" }; r.FontSizeComplexScript = new FontSizeComplexScript { Val = "22" }; }),
            Paragraph(TableHeading, "Table heading", Normal,
                p => { p.KeepNext = new KeepNext(); p.SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }; p.Justification = new Justification { Val = JustificationValues.Center }; },
                r => { r.Bold = new Bold(); r.FontSize = new FontSize { Val = "20" }; r.FontSizeComplexScript = new FontSizeComplexScript { Val = "20" }; }),
            Paragraph(TableText, "Table text", Normal,
                p => { p.SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }; p.Justification = new Justification { Val = JustificationValues.Left }; },
                r => { r.FontSize = new FontSize { Val = "20" }; r.FontSizeComplexScript = new FontSizeComplexScript { Val = "20" }; }),
            Paragraph(ListBullet, "List Bullet", Normal,
                p => { p.SpacingBetweenLines = new SpacingBetweenLines { After = "60" }; p.Indentation = new Indentation { Left = "567", Hanging = "283" }; },
                null),
            Paragraph(Note, "Note", Normal, null, r => r.Italic = new Italic()),
            Paragraph(Figure, "Figure", Normal,
                p => { p.KeepNext = new KeepNext(); p.SpacingBetweenLines = new SpacingBetweenLines { Before = "120", After = "0" }; p.Justification = new Justification { Val = JustificationValues.Center }; },
                null),
            Paragraph(FooterStyle, "footer", Normal,
                p => { p.SpacingBetweenLines = new SpacingBetweenLines { After = "0" }; p.Justification = new Justification { Val = JustificationValues.Center }; },
                r => { r.FontSize = new FontSize { Val = "20" }; r.FontSizeComplexScript = new FontSizeComplexScript { Val = "20" }; }),
            TableStyle());
        return styles;
    }

    private static Style Heading(int level, string size, string before, string after) =>
        Paragraph(Heading(level), "heading " + level, Normal,
            p =>
            {
                p.KeepNext = new KeepNext();
                p.KeepLines = new KeepLines();
                p.SpacingBetweenLines = new SpacingBetweenLines { Before = before, After = after };
                p.Justification = new Justification { Val = JustificationValues.Left };
                p.OutlineLevel = new OutlineLevel { Val = level - 1 };
            },
            r =>
            {
                r.Bold = new Bold();
                if (level == 3) r.Italic = new Italic();
                r.FontSize = new FontSize { Val = size };
                r.FontSizeComplexScript = new FontSizeComplexScript { Val = size };
            });

    private static Style Paragraph(
        string id, string name, string? basedOn, Action<StyleParagraphProperties>? paragraph, Action<StyleRunProperties>? run, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, StyleName = new StyleName { Val = name }, PrimaryStyle = new PrimaryStyle() };
        if (isDefault) style.Default = true;
        if (basedOn is not null) style.BasedOn = new BasedOn { Val = basedOn };
        if (paragraph is not null)
        {
            var p = new StyleParagraphProperties();
            paragraph(p);
            style.StyleParagraphProperties = p;
        }
        if (run is not null)
        {
            var r = new StyleRunProperties();
            run(r);
            style.StyleRunProperties = r;
        }
        return style;
    }

    private static Style TableStyle()
    {
        var style = new Style { Type = StyleValues.Table, StyleId = Table, StyleName = new StyleName { Val = "Report table" } };
        style.StyleTableProperties = new StyleTableProperties
        {
            TableBorders = DocxTables.Borders(),
            TableCellMarginDefault = new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa }),
        };
        return style;
    }
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Takomil.Reports.Common;
using Takomil.Reports.Content;
using Takomil.Reports.Layout;

namespace Takomil.Reports.Docx;

/// <summary>
/// Writes the report as a Word document (A4, styles, title page, numbered sections, embedded pictures, the action
/// plan on landscape pages). The output depends only on the content and <see cref="TimeProvider"/>'s clock, which
/// stamps the creation time.
/// </summary>
public sealed class DocxReportWriter(TimeProvider time)
{
    private const string StylesId = "rIdStyles";
    private const string SettingsId = "rIdSettings";
    private const string FooterId = "rIdFooter";
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public void Write(ReportContent content, Stream output)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(output);
        var layout = ReportLayoutBuilder.Build(content);
        var now = time.GetUtcNow();
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            DocxCoreProperties.Add(document, SafeText.Clean(layout.Title), DocxStyles.LanguageTag(layout.Language), now);
            // Fixed relationship ids everywhere: generated ones are random and would change the bytes.
            var main = document.AddNewPart<MainDocumentPart>(MainContentType, "rIdMain");
            main.AddNewPart<StyleDefinitionsPart>(StylesId).Styles = DocxStyles.Build(layout.Language);
            main.AddNewPart<DocumentSettingsPart>(SettingsId).Settings = Settings();
            main.AddNewPart<FooterPart>(FooterId).Footer = Footer();
            main.Document = new Document(Body(main, layout));
        }
        DocxPackageNormalizer.Copy(buffer, output, now);
    }

    private static Body Body(MainDocumentPart main, ReportLayout layout)
    {
        var body = new Body();
        var pictures = 0u;
        for (var s = 0; s < layout.Sections.Count; s++)
        {
            var section = layout.Sections[s];
            var page = PageGeometry.For(section.Landscape);
            foreach (var block in section.Blocks)
            {
                foreach (var element in Render(main, block, page, ref pictures)) body.Append(element);
            }
            var properties = SectionProperties(page, first: s == 0);
            if (s < layout.Sections.Count - 1)
            {
                // A section ends with the paragraph that carries its properties; the last one sits in the body.
                body.Append(new Paragraph(new ParagraphProperties { SectionProperties = properties }));
            }
            else
            {
                body.Append(properties);
            }
        }
        return body;
    }

    private static IEnumerable<OpenXmlElement> Render(MainDocumentPart main, Block block, PageGeometry page, ref uint pictures)
    {
        switch (block)
        {
            case TitlePageBlock title:
                return TitlePage(title);
            case HeadingBlock heading:
                return [DocxText.Paragraph(heading.Text, DocxStyles.Heading(heading.Level))];
            case ParagraphBlock { Role: ParagraphRole.Bullet } bullet:
                return [Bullet(bullet.Text)];
            case ParagraphBlock paragraph:
                return [DocxText.Paragraph(paragraph.Text, paragraph.Role == ParagraphRole.Note ? DocxStyles.Note : DocxStyles.Normal)];
            case FieldsBlock fields:
                return [DocxTables.Fields(fields, page), Spacer()];
            case TableBlock table:
                var caption = table.Caption is null ? [] : new OpenXmlElement[] { DocxText.Paragraph(table.Caption, DocxStyles.Caption) };
                return [.. caption, DocxTables.Build(table, page), Spacer()];
            case FigureBlock figure:
                pictures++;
                return
                [
                    DocxPicture.Embed(main, figure.Figure.Png, "rIdImage" + pictures, pictures, figure.Caption, page),
                    FigureCaption(figure.Caption),
                ];
            default:
                throw new NotSupportedException(block.GetType().Name);
        }
    }

    private static Paragraph Bullet(string text)
    {
        var paragraph = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.ListBullet } });
        paragraph.Append(new Run(new Text("–"), new TabChar()));
        paragraph.Append(DocxText.Runs(text));
        return paragraph;
    }

    /// <summary>A figure's caption sits centred under it; table captions stay left, above their table.</summary>
    private static Paragraph FigureCaption(string caption)
    {
        var paragraph = DocxText.Paragraph(caption, DocxStyles.Caption);
        paragraph.ParagraphProperties!.KeepNext = new KeepNext { Val = false };
        paragraph.ParagraphProperties.Justification = new Justification { Val = JustificationValues.Center };
        return paragraph;
    }

    private static Paragraph Spacer() => DocxText.Paragraph(string.Empty, DocxStyles.TableText);

    private static IEnumerable<OpenXmlElement> TitlePage(TitlePageBlock t)
    {
        yield return DocxText.Paragraph(t.Draft, DocxStyles.DraftMark);
        yield return DocxText.Paragraph(t.Country, DocxStyles.TitleAuthority);
        yield return DocxText.Paragraph(t.Authority, DocxStyles.TitleAuthority);
        // Vertical space as empty lines keeps the page readable in every editor without frames or text boxes.
        for (var i = 0; i < 8; i++) yield return DocxText.Paragraph(string.Empty, DocxStyles.Normal);
        yield return DocxText.Paragraph(t.Kind, DocxStyles.Title);
        yield return DocxText.Paragraph(t.Title, DocxStyles.Subtitle);
        yield return Centered(t.ServiceLine);
        yield return Centered(t.Basis);
        for (var i = 0; i < 10; i++) yield return DocxText.Paragraph(string.Empty, DocxStyles.Normal);
        yield return Centered(t.Date);
        yield return Centered(t.CityYear);
        yield return DocxText.PageBreak();
    }

    private static Paragraph Centered(string text)
    {
        var paragraph = DocxText.Paragraph(text, DocxStyles.Normal);
        paragraph.ParagraphProperties!.Justification = new Justification { Val = JustificationValues.Center };
        return paragraph;
    }

    private static SectionProperties SectionProperties(PageGeometry page, bool first)
    {
        var properties = new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = FooterId },
            new SectionType { Val = SectionMarkValues.NextPage },
            new PageSize
            {
                Width = (UInt32Value)(uint)page.Width,
                Height = (UInt32Value)(uint)page.Height,
                Orient = page.Landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
            },
            new PageMargin
            {
                Top = PageGeometry.Top, Bottom = PageGeometry.Bottom,
                Left = (UInt32Value)(uint)PageGeometry.Left, Right = (UInt32Value)(uint)PageGeometry.Right,
                Header = 709, Footer = 709, Gutter = 0,
            });
        // The title page carries no page number.
        if (first) properties.Append(new TitlePage());
        return properties;
    }

    private static Settings Settings() => new(
        new DefaultTabStop { Val = 284 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress });

    private static Footer Footer() => new(new Paragraph(
        new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.FooterStyle } },
        new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }));
}

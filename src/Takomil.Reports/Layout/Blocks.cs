using Takomil.Domain.Common;
using Takomil.Reports.Content;

namespace Takomil.Reports.Layout;

/// <summary>
/// The report laid out once, in the writers' common vocabulary, so the DOCX and the Markdown show the same
/// words in the same order; each writer only decides how a block looks.
/// </summary>
internal sealed record ReportLayout(UiLanguage Language, string Title, IReadOnlyList<LayoutSection> Sections);

/// <summary>A run of blocks on pages of one orientation (the wide action plan gets a landscape section).</summary>
internal sealed record LayoutSection(bool Landscape, IReadOnlyList<Block> Blocks);

internal abstract record Block;

internal sealed record TitlePageBlock(
    string Country, string Authority, string Draft, string Kind, string Title, string ServiceLine, string Basis,
    string Date, string CityYear) : Block;

/// <summary>A heading; <see cref="Text"/> already carries its number ("2.3. …") when it has one.</summary>
internal sealed record HeadingBlock(int Level, string Text) : Block;

internal enum ParagraphRole
{
    Body = 0,
    Bullet = 1,

    /// <summary>A short remark such as "Not established.".</summary>
    Note = 2,
}

internal sealed record ParagraphBlock(string Text, ParagraphRole Role = ParagraphRole.Body) : Block;

/// <summary>Label–value pairs (the general information), shown as a two-column grid without a header.</summary>
internal sealed record FieldsBlock(IReadOnlyList<KeyValuePair<string, string>> Fields) : Block;

/// <summary>A table with a header row; <see cref="Widths"/> are relative column widths, one per header cell.</summary>
internal sealed record TableBlock(
    string? Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<int> Widths) : Block;

internal sealed record FigureBlock(ReportFigure Figure, string Caption) : Block;

using Takomil.Reports.Content;
using Takomil.Reports.Texts;

namespace Takomil.Reports.Layout;

/// <summary>Collects blocks into sections and numbers headings, tables and figures as they are added.</summary>
internal sealed class LayoutBuilder(ReportTexts texts)
{
    private readonly List<LayoutSection> _sections = [];
    private List<Block> _blocks = [];
    private bool _landscape;
    private readonly int[] _numbers = new int[3];
    private int _tables;
    private int _figures;

    public ReportTexts Texts { get; } = texts;

    public void Add(Block block) => _blocks.Add(block);

    /// <summary>A numbered heading at <paramref name="level"/> (1–3): "2.", "2.1.", "2.1.1.".</summary>
    public void Numbered(int level, string text)
    {
        _numbers[level - 1]++;
        for (var i = level; i < _numbers.Length; i++) _numbers[i] = 0;
        var number = string.Join('.', _numbers.Take(level)) + ".";
        _blocks.Add(new HeadingBlock(level, number + " " + text));
    }

    public void Unnumbered(int level, string text) => _blocks.Add(new HeadingBlock(level, text));

    public void Paragraph(string text, ParagraphRole role = ParagraphRole.Body) => _blocks.Add(new ParagraphBlock(text, role));

    public void Note(string text) => Paragraph(text, ParagraphRole.Note);

    public void Table(string? caption, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, params int[] widths)
    {
        var numbered = caption is null ? null : Texts.Format("Caption.Table", ++_tables, caption);
        _blocks.Add(new TableBlock(numbered, header, [.. rows], widths));
    }

    public void Figure(ReportFigure? figure)
    {
        if (figure is null) return;
        _blocks.Add(new FigureBlock(figure, Texts.Format("Caption.Figure", ++_figures, figure.Caption)));
    }

    /// <summary>Starts a new section when the orientation changes.</summary>
    public void Orientation(bool landscape)
    {
        if (landscape == _landscape) return;
        Close();
        _landscape = landscape;
    }

    public IReadOnlyList<LayoutSection> Finish()
    {
        Close();
        return _sections;
    }

    private void Close()
    {
        if (_blocks.Count == 0) return;
        _sections.Add(new LayoutSection(_landscape, _blocks));
        _blocks = [];
    }
}

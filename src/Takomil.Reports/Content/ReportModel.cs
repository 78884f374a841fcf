using Takomil.Domain.Models;

namespace Takomil.Reports.Content;

/// <summary>
/// A process model as the report shows it (p. 12–13, 16–17): the procedures, the scheme as a picture and, for the
/// optimised model, the justification p. 25 asks for. <see cref="Descriptions"/> replaces a procedure's own
/// description, by procedure key, when the text was written for the report.
/// </summary>
public sealed record ReportModel(
    IReadOnlyList<Procedure> Procedures,
    ReportFigure? Diagram,
    string? Justification = null,
    IReadOnlyDictionary<string, string>? Descriptions = null)
{
    public string DescriptionOf(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        return Descriptions is not null && Descriptions.TryGetValue(procedure.Key, out var text) ? text : procedure.Description;
    }
}

/// <summary>
/// A PNG picture with its caption. <see cref="FileName"/> is where the Markdown report expects the same picture,
/// relative to the Markdown file.
/// </summary>
public sealed record ReportFigure(byte[] Png, string Caption, string FileName);

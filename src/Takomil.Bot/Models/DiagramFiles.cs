using System.Text;
using Microsoft.Extensions.Options;
using Takomil.Bot.Files;
using Takomil.Documents.Diagrams;
using Takomil.Domain.Common;
using Takomil.Domain.Models;

namespace Takomil.Bot.Models;

/// <summary>The links of one model's published files.</summary>
public sealed record DiagramLinks(Uri Png, Uri Svg, Uri Bpmn, Uri? FullDescription);

/// <summary>
/// Draws a model (PNG, SVG, BPMN from one layout) and publishes the files by capability link: cards are limited to
/// 100 KB, so images go by link, never inline (docs/decisions.md §14).
/// </summary>
public sealed class DiagramFiles(FileLinks links, IOptions<DiagramOptions> options)
{
    public ImageOptions Image => options.Value.Image;

    public static byte[] Png(IReadOnlyList<Procedure> procedures, UiLanguage language, string title, ImageOptions image) =>
        DiagramImage.Png(DiagramLayoutBuilder.Build(procedures, language, title), image);

    public async Task<DiagramLinks> PublishAsync(
        ProcessModel model, UiLanguage language, string title, string baseName, IReadOnlyList<string>? fullDescription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        var layout = DiagramLayoutBuilder.Build(model.Procedures, language, title);
        var png = await links.PublishAsync(baseName + ".png", "image/png", DiagramImage.Png(layout, Image), model.InspectionId, cancellationToken).ConfigureAwait(false);
        var svg = await links.PublishAsync(baseName + ".svg", "image/svg+xml", Encoding.UTF8.GetBytes(DiagramImage.Svg(layout)), model.InspectionId, cancellationToken).ConfigureAwait(false);
        var bpmn = await links.PublishAsync(baseName + ".bpmn", "application/xml", Encoding.UTF8.GetBytes(BpmnWriter.Write(layout)), model.InspectionId, cancellationToken).ConfigureAwait(false);
        Uri? full = null;
        if (fullDescription is { Count: > 0 })
        {
            var text = title + Environment.NewLine + Environment.NewLine + string.Join(Environment.NewLine, fullDescription) + Environment.NewLine;
            full = await links.PublishAsync(baseName + ".txt", "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text), model.InspectionId, cancellationToken).ConfigureAwait(false);
        }
        return new DiagramLinks(png, svg, bpmn, full);
    }
}

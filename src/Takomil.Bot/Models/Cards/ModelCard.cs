using System.Globalization;
using Takomil.Bot.Inspections;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Common;
using Takomil.Domain.Models;
using Takomil.Protocol.Cards;

namespace Takomil.Bot.Models.Cards;

/// <summary>What a model card shows: the model, the service it belongs to, its description lines and its files.</summary>
public sealed record ModelCardView(
    string ServiceName, string ServiceCode, ProcessModel Model, IReadOnlyList<string> Description, DiagramLinks? Links, string? Problem);

/// <summary>
/// One model (p. 12–13 or 16–17): the swimlane diagram as a picture that opens full size, the text description of the
/// first procedures (all of them by link when there are many), and the files: BPMN for bpmn.io or Camunda Modeler,
/// SVG and PNG. Procedure texts come from the model and are shown plain.
/// </summary>
public sealed class ModelCard(Texts texts, DomainNames names)
{
    /// <summary>Description lines shown in the card; the rest are in the "open full" file.</summary>
    public const int ShownLines = 8;

    public AdaptiveCard Build(ModelCardView view, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(view);
        var kind = names.ModelKind(view.Model.Kind, culture);
        var body = new List<CardElement>
        {
            InspectionCardParts.Heading(kind),
            TextBlock.Plain($"{view.ServiceCode} · {view.ServiceName}") with { IsSubtle = true, Spacing = Spacing.None },
            TextBlock.Markdown(texts.Format("Model.Summary", culture, view.Model.Procedures.Count,
                view.Model.Procedures.Select(p => p.Lane.Name).Distinct(StringComparer.Ordinal).Count(), view.Model.Revision)),
        };
        if (view.Problem is not null) body.Add(TextBlock.Markdown(view.Problem) with { Color = TextColor.Attention });
        if (view.Links is { } links)
        {
            body.Add(new Image(links.Png, texts.Format("Model.ImageAlt", culture, kind))
            {
                Size = ImageSize.Stretch,
                SelectAction = new OpenUrlAction(links.Png) { Title = texts.Get("Model.OpenImage", culture) },
            });
        }
        if (view.Description.Count > 0)
        {
            body.Add(InspectionCardParts.Section(texts.Get("Model.Description", culture)));
            body.AddRange(view.Description.Take(ShownLines).Select(line => TextBlock.Plain(line) with { Spacing = Spacing.Small }));
            if (view.Description.Count > ShownLines)
            {
                body.Add(TextBlock.Markdown(texts.Format("Model.More", culture, view.Description.Count - ShownLines)) with { IsSubtle = true });
            }
        }
        var actions = new List<CardAction>();
        if (view.Links is { } files)
        {
            if (files.FullDescription is { } full && view.Description.Count > ShownLines) actions.Add(new OpenUrlAction(full) { Title = texts.Get("Model.OpenFull", culture) });
            actions.Add(new OpenUrlAction(files.Bpmn) { Title = texts.Get("Model.Bpmn", culture) });
            actions.Add(new OpenUrlAction(files.Svg) { Title = texts.Get("Model.Svg", culture) });
            actions.Add(new OpenUrlAction(files.Png) { Title = texts.Get("Model.Png", culture) });
        }
        return new AdaptiveCard
        {
            Body = body,
            Actions = actions.Count == 0 ? null : actions,
            FallbackText = kind,
        };
    }
}

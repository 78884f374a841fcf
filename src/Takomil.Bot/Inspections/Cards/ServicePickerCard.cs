using System.Globalization;
using Takomil.Bot.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Common;
using Takomil.Protocol.Cards;

namespace Takomil.Bot.Inspections.Cards;

/// <summary>
/// The services of the current List to choose from: a button starts the inspection of one (its data is the
/// service id only), or shows the status of an inspection already started.
/// </summary>
public sealed class ServicePickerCard(Texts texts)
{
    public const string CreateVerb = "inspection.create";
    public const string ServiceIdKey = "serviceId";
    public const int MaxServices = 15;

    /// <param name="introPlain">A line above the card that may quote what the user typed (shown plain).</param>
    public AdaptiveCard Build(int year, IReadOnlyList<ListedService> services, CultureInfo culture, UiLanguage language, string? introPlain = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var body = new List<CardElement>();
        if (introPlain is not null) body.Add(TextBlock.Plain(introPlain));
        body.Add(CardParts.Title(texts.Format("Picker.Title", culture, year)));
        body.Add(TextBlock.Markdown(texts.Get("Picker.Intro", culture)) with { IsSubtle = true });
        foreach (var listed in services.Take(MaxServices))
        {
            var details = texts.Format("Picker.Details", culture, listed.Service.Code,
                listed.Provider?.Name.For(language) ?? string.Empty, InspectionCardParts.Date(listed.Deadline));
            var button = listed.Inspection is { } opened
                ? ExecuteAction.Create(StatusCard.RefreshVerb, texts.Get("Picker.Open", culture),
                    new Dictionary<string, string> { [StatusCard.InspectionIdKey] = opened.Id.ToString() })
                : ExecuteAction.Create(CreateVerb, texts.Get("Picker.Create", culture),
                    new Dictionary<string, string> { [ServiceIdKey] = listed.Service.Id.ToString() }, ActionStyle.Positive);
            body.Add(new ColumnSet(
            [
                new Column([
                    TextBlock.Plain(listed.Name(language)) with { Weight = FontWeight.Bolder },
                    TextBlock.Plain(details) with { IsSubtle = true, Spacing = Spacing.None },
                ]) { Width = Column.Stretch },
                new Column([new ActionSet([button])]) { Width = Column.Auto, VerticalContentAlignment = VerticalAlignment.Center },
            ]) { Separator = true });
        }
        if (services.Count > MaxServices)
        {
            body.Add(TextBlock.Markdown(texts.Format("Picker.More", culture, MaxServices, services.Count)) with { IsSubtle = true });
        }
        return new AdaptiveCard { Body = body, FallbackText = texts.Format("Picker.Title", culture, year) };
    }
}

using System.Globalization;
using Takomil.Bot.Localization;
using Takomil.Interviews;
using Takomil.Protocol.Cards;

namespace Takomil.Bot.Interviews.Cards;

/// <summary>
/// Every answer of the section with its number and an edit button; while reviewing, Confirm sends the answers into
/// the inspection. Labels and answers are plain text; the buttons carry the session id and a line number only.
/// </summary>
public sealed class SummaryCard(Texts texts)
{
    public const string EditVerb = "interview.edit";
    public const string ConfirmVerb = "interview.confirm";
    public const string ResumeVerb = "interview.resume";
    public const string NumberKey = "number";

    public AdaptiveCard Build(Guid sessionId, string scriptTitle, Summary summary, bool reviewing, CultureInfo culture, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var id = sessionId.ToString();
        var body = new List<CardElement>();
        if (notice is not null) body.Add(new Container([TextBlock.Plain(notice) with { Weight = FontWeight.Bolder }]) { Style = ContainerStyle.Attention });
        body.Add(TextBlock.Markdown(texts.Get(reviewing ? "Interview.Summary.Title" : "Interview.Summary.SoFar", culture))
            with { Size = FontSize.Large, Weight = FontWeight.Bolder, Style = TextBlockStyle.Heading });
        body.Add(TextBlock.Plain(scriptTitle) with { IsSubtle = true, Spacing = Spacing.None });
        string? repeat = null;
        foreach (var line in summary.Lines)
        {
            if (line.RepeatLabel != repeat && line.RepeatLabel is not null)
            {
                body.Add(TextBlock.Plain(line.RepeatLabel) with { Weight = FontWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
            }
            repeat = line.RepeatLabel;
            var number = line.Number.ToString(CultureInfo.InvariantCulture);
            body.Add(new ColumnSet(
            [
                new Column(
                [
                    TextBlock.Plain($"{number}. {line.Label}") with { IsSubtle = true, Size = FontSize.Small },
                    TextBlock.Plain(line.Display) with { Spacing = Spacing.None },
                ]) { Width = Column.Stretch },
                new Column([new ActionSet([ExecuteAction.Create(EditVerb, texts.Get("Interview.Button.Edit", culture),
                    new Dictionary<string, string> { [QuestionCard.SessionKey] = id, [NumberKey] = number })])])
                { Width = Column.Auto, VerticalContentAlignment = VerticalAlignment.Center },
            ]) { Spacing = Spacing.Small });
        }
        body.Add(TextBlock.Markdown(texts.Get(reviewing ? "Interview.Summary.ConfirmHint" : "Interview.Summary.EditHint", culture)) with { IsSubtle = true, Separator = true });
        var session = new Dictionary<string, string> { [QuestionCard.SessionKey] = id };
        CardAction main = reviewing
            ? ExecuteAction.Create(ConfirmVerb, texts.Get("Interview.Button.Confirm", culture), session, ActionStyle.Positive)
            : ExecuteAction.Create(ResumeVerb, texts.Get("Interview.Button.Resume", culture), session, ActionStyle.Positive);
        return new AdaptiveCard { Body = body, Actions = [main], FallbackText = texts.Get("Interview.Summary.Title", culture) };
    }
}

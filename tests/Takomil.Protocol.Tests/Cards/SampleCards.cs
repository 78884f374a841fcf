using Takomil.Protocol.Cards;

namespace Takomil.Protocol.Tests.Cards;

/// <summary>
/// Cards built only through the builder, covering every element, input and action type it
/// offers, in the shapes Takomil sends. Each must pass the official 1.5 schema and render in the
/// official renderer without a single warning.
/// </summary>
internal static class SampleCards
{
    // A 24×24 checkerboard PNG, inline so the renderer never needs the network.
    private static readonly Uri Logo = new("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAIAAABvFaqvAAAALElEQVR42mOQz9+Khv5jAGLUMIwaREeDyNOGqWbUIHoaNJqyR/PaqEF0MQgAs3zIPULXa5IAAAAASUVORK5CYII=");

    private const string InspectionId = "6f1c2a9e-5b7d-4c2e-9a41-0d3b8e7f1a22";

    public static IReadOnlyDictionary<string, AdaptiveCard> All { get; } = new Dictionary<string, AdaptiveCard>
    {
        ["text-styles"] = TextStyles(),
        ["inspection-summary"] = InspectionSummary(),
        ["feedback-form"] = FeedbackForm(),
        ["hostile-user-text"] = HostileUserText(),
        ["manual-refresh"] = ManualRefresh(),
    };

    public static TheoryData<string> Names => new(All.Keys);

    private static AdaptiveCard TextStyles() => new()
    {
        Body =
        [
            TextBlock.Markdown("Takomil") with { Size = FontSize.ExtraLarge, Weight = FontWeight.Bolder, Style = TextBlockStyle.Heading },
            TextBlock.Markdown("**Bold**, _italic_ and a [link](https://my.gov.uz)") with { Spacing = Spacing.Small },
            TextBlock.Markdown("Subtle, small, accent") with { IsSubtle = true, Size = FontSize.Small, Color = TextColor.Accent },
            TextBlock.Markdown("Right-aligned, lighter, good") with { HorizontalAlignment = HorizontalAlignment.Right, Weight = FontWeight.Lighter, Color = TextColor.Good },
            TextBlock.Markdown("Two lines at most, then clipped — attention colour, large size, separated from the text above.") with { MaxLines = 2, Color = TextColor.Attention, Size = FontSize.Large, Separator = true, Spacing = Spacing.Medium },
            new RichTextBlock(
            [
                new TextRun("Status: ") { Weight = FontWeight.Bolder },
                new TextRun("kutilmoqda (ожидает)") { Italic = true, Color = TextColor.Warning },
                new TextRun(" — old value") { Strikethrough = true, IsSubtle = true },
                new TextRun(" new") { Highlight = true, Size = FontSize.Medium },
            ]) { HorizontalAlignment = HorizontalAlignment.Left },
        ],
    };

    private static AdaptiveCard InspectionSummary() => new()
    {
        MsTeams = TeamsCardExtension.FullWidth,
        FallbackText = "Inspection card: open Takomil in Teams to see it.",
        Refresh = new CardRefresh("inspection.view", ActionData.Of(("inspectionId", InspectionId)), ["29:1a2b3c", "29:4d5e6f"]),
        Body =
        [
            new Container(
            [
                new ColumnSet(
                [
                    new Column([new Image(Logo, "Takomil logo") { Size = ImageSize.Small, Style = ImageStyle.Person }]) { Width = Column.Auto },
                    new Column(
                    [
                        TextBlock.Plain("Davlat xizmatlari: \"Yagona portal\" (my.gov.uz)") with { Weight = FontWeight.Bolder, Size = FontSize.Medium },
                        TextBlock.Markdown("Inspection 2025/14") with { IsSubtle = true, Spacing = Spacing.None },
                    ]) { Width = Column.Stretch, VerticalContentAlignment = VerticalAlignment.Center },
                ]),
            ]) { Style = ContainerStyle.Emphasis, Id = "header" },
            new FactSet(
            [
                Fact.WithPlainValue("Owner", "Ministry of Justice_IT dept."),
                Fact.WithPlainValue("Deadline", "2025-06-30"),
                Fact.Plain("Stage", "3. Expert review"),
                Fact.Markdown("Score", "**72** / 100"),
            ]) { Separator = true },
            new ActionSet(
            [
                new ExecuteAction("inspection.approve", ActionData.Of(("inspectionId", InspectionId), ("stage", "3"))) { Title = "Approve", Style = ActionStyle.Positive },
                ExecuteAction.Create("inspection.reject", "Send back", new Dictionary<string, string> { ["inspectionId"] = InspectionId }, ActionStyle.Destructive),
            ]),
        ],
        Actions =
        [
            new OpenUrlAction(new Uri("https://my.gov.uz/oz/service/1")) { Title = "Open the service" },
        ],
    };

    private static AdaptiveCard FeedbackForm() => new()
    {
        Body =
        [
            TextBlock.Markdown("Feedback") with { Style = TextBlockStyle.Heading },
            new TextInput("comment")
            {
                Label = "Comment",
                IsMultiline = true,
                MaxLength = 2000,
                Placeholder = "What went wrong?",
                IsRequired = true,
                ErrorMessage = "Please write a comment.",
            },
            new TextInput("phone") { Label = "Phone", Regex = "^\\+998[0-9]{9}$", ErrorMessage = "Use +998XXXXXXXXX.", Style = TextInputStyle.Tel, Placeholder = "+998901234567" },
            new NumberInput("score") { Label = "Score (0–10)", Min = 0, Max = 10, Value = 7 },
            new DateInput("visitedOn") { Label = "Visited on", Min = new DateOnly(2025, 1, 1), Max = new DateOnly(2025, 12, 31), Value = new DateOnly(2025, 6, 1) },
            new ToggleInput("anonymous", "Stay anonymous") { ValueOn = "true", ValueOff = "false", Value = "false" },
            new ChoiceSetInput("channel", [new Choice("Web portal", "web"), new Choice("Mobile app", "mobile"), new Choice("Service centre", "centre")])
            {
                Label = "Channel",
                Style = ChoiceInputStyle.Compact,
                Value = "web",
                IsRequired = true,
                ErrorMessage = "Choose a channel.",
            },
            new ChoiceSetInput("problems", [new Choice("Too slow", "slow"), new Choice("Unclear", "unclear"), new Choice("Paid extra", "paid")])
            {
                Label = "Problems",
                Style = ChoiceInputStyle.Expanded,
                IsMultiSelect = true,
            },
        ],
        Actions =
        [
            new ExecuteAction("feedback.submit", ActionData.Of(("inspectionId", InspectionId))) { Title = "Send", Style = ActionStyle.Positive, AssociatedInputs = AssociatedInputs.Auto },
            new SubmitAction("feedback.cancel", ActionData.Of(("inspectionId", InspectionId))) { Title = "Cancel", AssociatedInputs = AssociatedInputs.None },
            new ShowCardAction(new AdaptiveCard
            {
                Body = [new TextInput("note") { Label = "Private note", IsMultiline = true }],
                Actions = [new ExecuteAction("feedback.note", ActionData.Of(("inspectionId", InspectionId))) { Title = "Save note" }],
            }) { Title = "Add a note" },
        ],
    };

    private static AdaptiveCard HostileUserText() => new()
    {
        Body =
        [
            TextBlock.Plain("**not bold** _not italic_ [not a link](https://evil.example) <b>no html</b>"),
            TextBlock.Plain("# not a heading\n- not a list\n1. not numbered\n> not a quote"),
            TextBlock.Plain("${inspection.secret} {{DATE(2025-01-01T00:00:00Z, SHORT)}} a | b ~~x~~ &amp; `code`"),
            RichTextBlock.Plain("**kept exactly** ${x} {{DATE(2025-01-01T00:00:00Z)}}"),
            new FactSet([Fact.Plain("*Name*", "[Ali](javascript:alert(1))")]),
        ],
    };

    private static AdaptiveCard ManualRefresh() => new()
    {
        Refresh = new CardRefresh("inspection.view", ActionData.Of(("inspectionId", InspectionId)), []),
        Body = [TextBlock.Markdown("Use **Refresh card** in the menu to see your own view.")],
    };
}

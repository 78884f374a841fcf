using Takomil.Protocol.Cards;

namespace Takomil.Protocol.Tests.Cards;

public class ElementJsonTests
{
    [Fact]
    public void TextBlock_AllProperties_WritesSchemaNamesTypeFirstAndNoNulls()
    {
        var block = TextBlock.Plain("a*b") with
        {
            Id = "t1",
            Weight = FontWeight.Bolder,
            Size = FontSize.Large,
            Color = TextColor.Accent,
            IsSubtle = true,
            MaxLines = 2,
            HorizontalAlignment = HorizontalAlignment.Center,
            Style = TextBlockStyle.Heading,
            Spacing = Spacing.Small,
            Separator = true,
        };

        CardJsonAssert.Element(
            """{"type":"TextBlock","text":"a\\*b","wrap":true,"weight":"bolder","size":"large","color":"accent","isSubtle":true,"maxLines":2,"horizontalAlignment":"center","style":"heading","id":"t1","spacing":"small","separator":true}""",
            block);
    }

    [Fact]
    public void TextBlock_Markdown_KeepsTextAndWrapsOnly()
    {
        CardJsonAssert.Element("""{"type":"TextBlock","text":"**Hi**","wrap":true}""", TextBlock.Markdown("**Hi**"));
    }

    [Fact]
    public void TextBlock_ExtraLargeSize_WritesCamelCaseEnum()
    {
        CardJsonAssert.Element(
            """{"type":"TextBlock","text":"x","wrap":true,"size":"extraLarge"}""",
            TextBlock.Markdown("x") with { Size = FontSize.ExtraLarge });
    }

    [Fact]
    public void RichTextBlock_Runs_WritesInlinesWithTextRunType()
    {
        var block = new RichTextBlock(
        [
            new TextRun("Hi ") { Weight = FontWeight.Bolder },
            new TextRun("there") { Italic = true, Color = TextColor.Good, Size = FontSize.Small, IsSubtle = true, Strikethrough = true, Highlight = true },
        ]) { HorizontalAlignment = HorizontalAlignment.Right };

        CardJsonAssert.Element(
            """{"type":"RichTextBlock","inlines":[{"type":"TextRun","text":"Hi ","weight":"bolder"},{"type":"TextRun","text":"there","size":"small","color":"good","isSubtle":true,"italic":true,"strikethrough":true,"highlight":true}],"horizontalAlignment":"right"}""",
            block);
    }

    [Fact]
    public void FactSet_PlainAndMarkdownFacts_EscapesOnlyPlain()
    {
        var facts = new FactSet([Fact.Plain("A_", "b*"), Fact.WithPlainValue("**T**", "_v"), Fact.Markdown("**C**", "d")]);

        CardJsonAssert.Element(
            """{"type":"FactSet","facts":[{"title":"A\\_","value":"b\\*"},{"title":"**T**","value":"\\_v"},{"title":"**C**","value":"d"}]}""",
            facts);
    }

    [Fact]
    public void ColumnSet_Columns_WritesColumnTypeWidthAndStyles()
    {
        var set = new ColumnSet(
        [
            new Column([TextBlock.Markdown("x")]) { Width = Column.Auto, Style = ContainerStyle.Good, VerticalContentAlignment = VerticalAlignment.Bottom, Spacing = Spacing.Large, Separator = true },
            new Column([]) { Width = "80px" },
        ]) { Style = ContainerStyle.Emphasis, HorizontalAlignment = HorizontalAlignment.Center };

        CardJsonAssert.Element(
            """{"type":"ColumnSet","columns":[{"type":"Column","items":[{"type":"TextBlock","text":"x","wrap":true}],"width":"auto","style":"good","verticalContentAlignment":"bottom","spacing":"large","separator":true},{"type":"Column","items":[],"width":"80px"}],"style":"emphasis","horizontalAlignment":"center"}""",
            set);
    }

    [Fact]
    public void Container_StyleAndSeparator_WritesItemsFirst()
    {
        var container = new Container([TextBlock.Markdown("x")])
        {
            Style = ContainerStyle.Attention,
            VerticalContentAlignment = VerticalAlignment.Center,
            Separator = true,
            Spacing = Spacing.Padding,
            Id = "c",
        };

        CardJsonAssert.Element(
            """{"type":"Container","items":[{"type":"TextBlock","text":"x","wrap":true}],"style":"attention","verticalContentAlignment":"center","id":"c","spacing":"padding","separator":true}""",
            container);
    }

    [Fact]
    public void Image_UrlAltTextSize_WritesOriginalUrl()
    {
        var image = new Image(new Uri("https://example.org/a.png?x=1&y=2"), "Logo") { Size = ImageSize.Medium, Style = ImageStyle.Person, HorizontalAlignment = HorizontalAlignment.Center };

        CardJsonAssert.Element(
            """{"type":"Image","url":"https://example.org/a.png?x=1&y=2","altText":"Logo","size":"medium","style":"person","horizontalAlignment":"center"}""",
            image);
    }

    [Fact]
    public void ActionSet_Actions_WritesEachActionByItsOwnType()
    {
        var set = new ActionSet([new OpenUrlAction(new Uri("https://example.org/")) { Title = "Open" }, new SubmitAction("a.b") { Title = "Go" }]);

        CardJsonAssert.Element(
            """{"type":"ActionSet","actions":[{"type":"Action.OpenUrl","title":"Open","url":"https://example.org/"},{"type":"Action.Submit","title":"Go","data":{"verb":"a.b"}}]}""",
            set);
    }

    [Fact]
    public void TextInput_AllProperties_WritesInputFields()
    {
        var input = new TextInput("comment")
        {
            Label = "Comment",
            IsMultiline = true,
            MaxLength = 500,
            Placeholder = "Type",
            Regex = "^.+$",
            IsRequired = true,
            ErrorMessage = "Required",
            Style = TextInputStyle.Email,
            Value = "v",
        };

        CardJsonAssert.Element(
            """{"type":"Input.Text","isMultiline":true,"maxLength":500,"placeholder":"Type","regex":"^.+$","style":"email","value":"v","label":"Comment","isRequired":true,"errorMessage":"Required","id":"comment"}""",
            input);
    }

    [Fact]
    public void NumberInput_MinMax_WritesNumbers()
    {
        CardJsonAssert.Element(
            """{"type":"Input.Number","min":0,"max":10.5,"placeholder":"0-10","value":3,"label":"Score","id":"score"}""",
            new NumberInput("score") { Label = "Score", Min = 0, Max = 10.5m, Value = 3, Placeholder = "0-10" });
    }

    [Fact]
    public void DateInput_Dates_WritesIsoDates()
    {
        CardJsonAssert.Element(
            """{"type":"Input.Date","min":"2025-01-02","max":"2025-12-31","placeholder":"date","value":"2025-03-04","id":"on"}""",
            new DateInput("on") { Min = new DateOnly(2025, 1, 2), Max = new DateOnly(2025, 12, 31), Value = new DateOnly(2025, 3, 4), Placeholder = "date" });
    }

    [Fact]
    public void ToggleInput_Values_WritesTitleAndValues()
    {
        CardJsonAssert.Element(
            """{"type":"Input.Toggle","title":"I agree","value":"false","valueOn":"yes","valueOff":"no","wrap":true,"id":"agree"}""",
            new ToggleInput("agree", "I agree") { Value = "false", ValueOn = "yes", ValueOff = "no", Wrap = true });
    }

    [Fact]
    public void ChoiceSetInput_ExpandedMultiSelect_WritesChoices()
    {
        var input = new ChoiceSetInput("pick", [new Choice("One", "1"), new Choice("Two", "2")])
        {
            Style = ChoiceInputStyle.Expanded,
            IsMultiSelect = true,
            Value = "1,2",
            Placeholder = "p",
            Wrap = true,
            Label = "Pick",
        };

        CardJsonAssert.Element(
            """{"type":"Input.ChoiceSet","choices":[{"title":"One","value":"1"},{"title":"Two","value":"2"}],"style":"expanded","isMultiSelect":true,"value":"1,2","placeholder":"p","wrap":true,"label":"Pick","id":"pick"}""",
            input);
    }

    [Fact]
    public void ChoiceSetInput_Compact_WritesCompactStyle()
    {
        CardJsonAssert.Element(
            """{"type":"Input.ChoiceSet","choices":[{"title":"One","value":"1"}],"style":"compact","id":"pick"}""",
            new ChoiceSetInput("pick", [new Choice("One", "1")]) { Style = ChoiceInputStyle.Compact });
    }
}

using Takomil.Protocol.Cards;

namespace Takomil.Protocol.Tests.Cards;

public class CardChecksTests
{
    private static readonly ActionData Ids = ActionData.Of(("inspectionId", "42"));

    [Fact]
    public void ToJsonElement_DuplicateElementIds_Throws()
    {
        var card = new AdaptiveCard
        {
            Body = [TextBlock.Markdown("a") with { Id = "x" }, new Container([TextBlock.Markdown("b") with { Id = "x" }])],
        };

        var error = Assert.Throws<InvalidOperationException>(() => card.ToJsonElement());
        Assert.Contains("'x' is used twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJsonElement_InputNamedLikeActionDataKey_Throws()
    {
        var card = new AdaptiveCard
        {
            Body = [new ColumnSet([new Column([new TextInput("inspectionId")])])],
            Actions = [new ExecuteAction("inspection.approve", Ids) { Title = "Approve" }],
        };

        var error = Assert.Throws<InvalidOperationException>(() => card.ToJsonObject());
        Assert.Contains("Input 'inspectionId'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJsonElement_ShowCardInputClashesWithParentAction_Throws()
    {
        var card = new AdaptiveCard
        {
            Body = [new ActionSet([new SubmitAction("a.b", Ids)])],
            Actions = [new ShowCardAction(new AdaptiveCard { Body = [new TextInput("inspectionId")] })],
        };

        Assert.Throws<InvalidOperationException>(() => card.ToJsonElement());
    }

    [Fact]
    public void ToJsonElement_DistinctIdsAndKeys_Succeeds()
    {
        var card = new AdaptiveCard
        {
            Body = [new TextInput("comment") with { Id = "comment" }, TextBlock.Markdown("x") with { Id = "title" }],
            Actions = [new ExecuteAction("a.b", Ids) { Id = "send" }],
        };

        Assert.Empty(CardChecks.Find(card));
        Assert.Equal("AdaptiveCard", card.ToJsonElement().GetProperty("type").GetString());
    }

    [Fact]
    public void ToJsonElement_InputIdReplacedByWith_IsCaught()
    {
        var card = new AdaptiveCard { Body = [new TextInput("comment") with { Id = "verb" }] };

        Assert.Throws<InvalidOperationException>(() => card.ToJsonElement());
    }

    [Theory]
    [InlineData("verb")]
    [InlineData("msteams")]
    [InlineData("1st")]
    [InlineData("a b")]
    public void TextInput_ReservedOrMalformedId_Throws(string id)
    {
        Assert.Throws<ArgumentException>(() => new TextInput(id));
    }
}

using System.Text.Json;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Cards;

namespace Takomil.Protocol.Tests.Cards;

public class ActionJsonTests
{
    [Fact]
    public void ExecuteAction_WithData_WritesSubmitFallbackCarryingVerbAndSameData()
    {
        var action = new ExecuteAction("inspection.approve", ActionData.Of(("inspectionId", "42")))
        {
            Title = "Approve",
            Style = ActionStyle.Positive,
            AssociatedInputs = AssociatedInputs.None,
            Id = "a1",
        };

        CardJsonAssert.Action(
            """{"type":"Action.Execute","title":"Approve","id":"a1","style":"positive","verb":"inspection.approve","data":{"inspectionId":"42"},"associatedInputs":"none","fallback":{"type":"Action.Submit","title":"Approve","style":"positive","data":{"verb":"inspection.approve","inspectionId":"42"},"associatedInputs":"none"}}""",
            action);
    }

    [Fact]
    public void ExecuteAction_ChangedWithWith_FallbackFollowsTheChange()
    {
        var original = ExecuteAction.Create("a.b", "Old", new Dictionary<string, string> { ["id"] = "1" }, ActionStyle.Destructive);

        var changed = original with { Title = "New", Style = ActionStyle.Positive };

        Assert.Equal("New", changed.Fallback!.Title);
        Assert.Equal(ActionStyle.Positive, changed.Fallback.Style);
        Assert.Equal([KeyValuePair.Create("verb", "a.b"), KeyValuePair.Create("id", "1")], changed.Fallback.Data.Entries);
    }

    [Fact]
    public void ExecuteAction_WithoutSubmitFallback_WritesNoFallback()
    {
        CardJsonAssert.Action(
            """{"type":"Action.Execute","title":"T","verb":"a.b"}""",
            new ExecuteAction("a.b") { Title = "T", WithSubmitFallback = false });
    }

    [Fact]
    public void SubmitAction_Always_PutsVerbFirstInData()
    {
        CardJsonAssert.Action(
            """{"type":"Action.Submit","title":"Go","style":"destructive","data":{"verb":"x.y","k":"v"},"associatedInputs":"auto"}""",
            new SubmitAction("x.y", ActionData.Of(("k", "v"))) { Title = "Go", Style = ActionStyle.Destructive, AssociatedInputs = AssociatedInputs.Auto });
    }

    [Fact]
    public void OpenUrlAction_Url_WritesUrl()
    {
        CardJsonAssert.Action(
            """{"type":"Action.OpenUrl","title":"Open","url":"https://my.gov.uz/oz/service/1"}""",
            new OpenUrlAction(new Uri("https://my.gov.uz/oz/service/1")) { Title = "Open" });
    }

    [Fact]
    public void ShowCardAction_NestedCard_WritesCompleteCard()
    {
        CardJsonAssert.Action(
            """{"type":"Action.ShowCard","title":"More","card":{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[{"type":"TextBlock","text":"x","wrap":true}]}}""",
            new ShowCardAction(new AdaptiveCard { Body = [TextBlock.Markdown("x")] }) { Title = "More" });
    }

    [Fact]
    public void AdaptiveCard_RefreshTeamsWidthFallbackText_WritesRootProperties()
    {
        var card = new AdaptiveCard
        {
            Body = [TextBlock.Markdown("Hi")],
            Refresh = new CardRefresh("card.view", ActionData.Of(("id", "1")), ["29:a"]),
            MsTeams = TeamsCardExtension.FullWidth,
            FallbackText = "fb",
        };

        CardJsonAssert.Equal(
            """{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[{"type":"TextBlock","text":"Hi","wrap":true}],"refresh":{"action":{"type":"Action.Execute","verb":"card.view","data":{"id":"1"}},"userIds":["29:a"]},"msteams":{"width":"Full"},"fallbackText":"fb"}""",
            card.ToJsonObject());
    }

    [Fact]
    public void AdaptiveCard_EmptyUserIds_WritesEmptyListForManualRefresh()
    {
        var card = new AdaptiveCard { Refresh = new CardRefresh("card.view", userIds: []) };

        CardJsonAssert.Equal(
            """{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[],"refresh":{"action":{"type":"Action.Execute","verb":"card.view"},"userIds":[]}}""",
            card.ToJsonObject());
    }

    [Fact]
    public void CardRefresh_MoreThanSixtyUsers_Throws()
    {
        var users = Enumerable.Range(0, CardRefresh.MaxAutomaticUsers + 1).Select(i => "29:" + i).ToList();

        Assert.Throws<ArgumentException>(() => new CardRefresh("card.view", userIds: users));
    }

    [Fact]
    public void ToAttachment_Card_UsesAdaptiveCardContentTypeAndSameJson()
    {
        var card = new AdaptiveCard { Body = [TextBlock.Markdown("Hi")] };

        var attachment = card.ToAttachment();

        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Equal(card.ToJsonElement().GetRawText(), attachment.Content!.Value.GetRawText());
        var wire = JsonSerializer.Serialize(attachment, ProtocolJson.Options);
        Assert.StartsWith("""{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard",""", wire, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJsonElement_InvokeResponse_EmbedsCardAsValue()
    {
        var card = new AdaptiveCard { Body = [TextBlock.Markdown("Updated")] };

        var response = AdaptiveCardInvokeResponse.Card(card.ToJsonElement());

        var json = JsonSerializer.Serialize(response, ProtocolJson.Options);
        Assert.Contains("\"type\":\"application/vnd.microsoft.card.adaptive\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":{\"type\":\"AdaptiveCard\"", json, StringComparison.Ordinal);
    }
}

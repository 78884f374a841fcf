using Takomil.Testing.Rendering;

namespace Takomil.Protocol.Tests.Cards;

/// <summary>
/// Brief §4: Action.Execute with an Action.Submit fallback, both handled. Clicking the same
/// button in the official renderer must send the verb and ids either way: as Execute's
/// <c>verb</c> + <c>data</c> on a current client, as <c>data.verb</c> on a client without Execute.
/// </summary>
public class ExecuteFallbackRendererTests(CardRenderer renderer) : IClassFixture<CardRenderer>
{
    private const string InspectionId = "6f1c2a9e-5b7d-4c2e-9a41-0d3b8e7f1a22";

    [RendererFact]
    public async Task Approve_CurrentClient_SendsActionExecuteWithVerbAndIds()
    {
        var result = await renderer.RenderAsync("click-execute", SampleCards.All["inspection-summary"].ToJsonObject());
        Assert.True(result.IsClean, result.Describe());

        var sent = await renderer.ClickActionAsync("Approve");

        Assert.NotNull(sent);
        Assert.Equal("Action.Execute", sent.Value.GetProperty("type").GetString());
        Assert.Equal("inspection.approve", sent.Value.GetProperty("verb").GetString());
        Assert.Equal(InspectionId, sent.Value.GetProperty("data").GetProperty("inspectionId").GetString());
        Assert.Equal("3", sent.Value.GetProperty("data").GetProperty("stage").GetString());
    }

    [RendererFact]
    public async Task Approve_ClientWithoutExecute_FallsBackToSubmitCarryingVerb()
    {
        // Without refresh: a refresh needs Action.Execute by definition, so old clients drop it.
        var card = SampleCards.All["inspection-summary"] with { Refresh = null };
        var result = await renderer.RenderAsync("click-fallback-submit", card.ToJsonObject(), new RenderOptions { WithoutActionExecute = true });

        // The old client does not know Action.Execute (that is the point), and says so; nothing else.
        Assert.All(result.Events, e => Assert.Equal("UnknownActionType", e.Event));
        Assert.NotEmpty(result.Events);

        var sent = await renderer.ClickActionAsync("Approve");

        Assert.NotNull(sent);
        Assert.Equal("Action.Submit", sent.Value.GetProperty("type").GetString());
        var data = sent.Value.GetProperty("data");
        Assert.Equal("inspection.approve", data.GetProperty("verb").GetString());
        Assert.Equal(InspectionId, data.GetProperty("inspectionId").GetString());
    }

    [RendererFact]
    public async Task Send_ClientWithoutExecute_MergesInputsIntoSubmitData()
    {
        await renderer.RenderAsync("click-fallback-inputs", SampleCards.All["feedback-form"].ToJsonObject(), new RenderOptions { WithoutActionExecute = true });

        var sent = await renderer.ClickActionAsync("Send", new Dictionary<string, string> { ["Comment"] = "Navbat juda uzun" });

        Assert.NotNull(sent);
        var data = sent.Value.GetProperty("data");
        Assert.Equal("feedback.submit", data.GetProperty("verb").GetString());
        Assert.Equal(InspectionId, data.GetProperty("inspectionId").GetString());
        Assert.Equal("Navbat juda uzun", data.GetProperty("comment").GetString());
        Assert.Equal("web", data.GetProperty("channel").GetString());
    }

    [RendererFact]
    public async Task Send_RequiredCommentEmpty_SendsNothing()
    {
        await renderer.RenderAsync("click-required-empty", SampleCards.All["feedback-form"].ToJsonObject());

        var sent = await renderer.ClickActionAsync("Send");

        Assert.Null(sent);
    }

    [RendererFact]
    public async Task Cancel_SubmitWithoutInputs_SendsOnlyVerbAndIds()
    {
        await renderer.RenderAsync("click-cancel", SampleCards.All["feedback-form"].ToJsonObject());

        var sent = await renderer.ClickActionAsync("Cancel");

        Assert.NotNull(sent);
        var names = sent.Value.GetProperty("data").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["verb", "inspectionId"], names);
        Assert.False(sent.Value.TryGetProperty("verb", out _), "Action.Submit has no verb of its own; it travels in data");
    }
}

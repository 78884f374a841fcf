using System.Net;
using System.Text.Json;
using Takomil.Bot.Tests.Support;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Connector;

namespace Takomil.Bot.Tests.Pipeline;

/// <summary>What a user sees: welcome, help in each language, language choice by command and by card.</summary>
public sealed class ConversationTests(TakomilFactory factory) : BotTestBase(factory)
{
    [Theory]
    [InlineData("help", "en-US", "What I can do")]
    [InlineData("yordam", "en-US", "Men nimalar qila olaman")]
    [InlineData("ёрдам", "en-US", "Мен нималар қила оламан")]
    [InlineData("помощь", "en-US", "Что я умею")]
    [InlineData("Help!", "en-US", "What I can do")]
    [InlineData("help", "ru-RU", "Что я умею")]
    [InlineData("help", "uz-Latn-UZ", "Men nimalar qila olaman")]
    public async Task Help_InAnyLanguage_AnswersWithHelpCard(string text, string locale, string expectedTitle)
    {
        // A keyword typed in Uzbek answers in Uzbek even when the client locale says otherwise.
        var userId = "29:" + Guid.NewGuid().ToString("N");
        var activity = ActivityFactory.Message(text, conversationId: "c-" + userId, userId: userId, locale: locale);
        using var response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(Connector.Sent);
        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal(ContentTypes.AdaptiveCard, attachment.ContentType);
        Assert.Contains(expectedTitle, VisibleText(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_InGroupChatWithMention_MentionIsStripped()
    {
        using var response = await PostAsync(ActivityFactory.GroupMention("help"));
        var reply = Assert.Single(Connector.Sent);
        Assert.Contains("What I can do", VisibleText(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownText_GetsLocalisedHelpNeverSilence()
    {
        using var response = await PostAsync(ActivityFactory.Message("qwerty", locale: "ru-RU", userId: "29:unknown-ru", conversationId: "c-unknown"));
        var reply = Assert.Single(Connector.Sent);
        var text = VisibleText(reply);
        Assert.Contains("Я не понял «qwerty»", text, StringComparison.Ordinal);
        Assert.Contains("Что я умею", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Welcome_BotAddedTwice_WelcomesOnce()
    {
        using (await PostAsync(ActivityFactory.BotAdded("conv-welcome"))) { }
        using (await PostAsync(ActivityFactory.BotAdded("conv-welcome"))) { }
        var welcome = Assert.Single(Connector.Sent);
        // Install events carry no reliable locale: the welcome is in the officials' language, Uzbek (Latin).
        Assert.Contains("Takomilga xush kelibsiz", VisibleText(welcome), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Welcome_InGroupChat_SaysToMentionTheBot()
    {
        var added = ActivityFactory.BotAdded("19:welcome-group@thread.v2");
        added.Conversation!.ConversationType = ConversationTypes.GroupChat;
        using (await PostAsync(added)) { }
        Assert.Contains("@Takomil yordam", VisibleText(Assert.Single(Connector.Sent)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Welcome_UserWhoChoseRussian_IsWelcomedInRussian()
    {
        using (await PostAsync(ActivityFactory.Message("язык ru", conversationId: "c-pre", userId: "29:pre-ru"))) { }
        Connector.Clear();
        var added = ActivityFactory.BotAdded("c-pre-welcome");
        added.From!.Id = "29:pre-ru";
        using (await PostAsync(added)) { }
        Assert.Contains("Добро пожаловать", VisibleText(Assert.Single(Connector.Sent)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Welcome_OtherMemberAdded_NoWelcome()
    {
        var activity = ActivityFactory.BotAdded("conv-member");
        activity.MembersAdded = [new ChannelAccount { Id = "29:someone" }];
        using (await PostAsync(activity)) { }
        Assert.Empty(Connector.Sent);
    }

    [Theory]
    [InlineData("language ru", "Готово")]
    [InlineData("til uz-cyrl", "Тайёр")]
    [InlineData("язык oʻzbekcha", "Tayyor")]
    [InlineData("language english", "Done")]
    public async Task LanguageCommand_WithCode_SetsLanguageForLaterTurns(string command, string confirmation)
    {
        var userId = "29:" + Guid.NewGuid().ToString("N");
        using (await PostAsync(ActivityFactory.Message(command, userId: userId, conversationId: "c-" + userId))) { }
        var reply = Assert.Single(Connector.Sent);
        Assert.StartsWith(confirmation, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageCommand_UnknownLanguage_ExplainsChoices()
    {
        using (await PostAsync(ActivityFactory.Message("language klingon", userId: "29:kl", conversationId: "c-kl"))) { }
        var reply = Assert.Single(Connector.Sent);
        Assert.Contains("klingon", reply.Text, StringComparison.Ordinal);
        Assert.Contains("uz-cyrl", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageCard_ExecuteButton_ReturnsUpdatedCardAndPersists()
    {
        var userId = "29:card-user";
        var body = await InvokeAsync(ActivityFactory.CardExecute("language.set", new { language = "ru" }, userId: userId, conversationId: "c-card"));
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal(ContentTypes.AdaptiveCard, body.GetProperty("type").GetString());
        Assert.Equal("AdaptiveCard", body.GetProperty("value").GetProperty("type").GetString());
        Assert.Contains("Русский", VisibleText(body.GetProperty("value")), StringComparison.Ordinal);

        using (await PostAsync(ActivityFactory.Message("help", userId: userId, conversationId: "c-card"))) { }
        Assert.Contains("Что я умею", VisibleText(Assert.Single(Connector.Sent)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardExecute_TamperedLanguage_IsRefusedWithoutChange()
    {
        var body = await InvokeAsync(ActivityFactory.CardExecute("language.set", new { language = "<script>" }, userId: "29:tamper", conversationId: "c-tamper"));
        Assert.Equal(400, body.GetProperty("statusCode").GetInt32());
        Assert.Equal(ContentTypes.Error, body.GetProperty("type").GetString());
    }

    [Fact]
    public async Task CardExecute_UnknownVerb_Returns400InBody()
    {
        var body = await InvokeAsync(ActivityFactory.CardExecute("no.such.verb", new { id = "1" }));
        Assert.Equal(400, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("NotSupported", body.GetProperty("value").GetProperty("code").GetString());
    }

    [Fact]
    public async Task CardExecute_SameInvokeRetried_ReturnsSameAnswer()
    {
        var invoke = ActivityFactory.CardExecute("language.set", new { language = "en" }, userId: "29:retry", conversationId: "c-retry");
        var first = await InvokeAsync(invoke);
        var second = await InvokeAsync(invoke);
        Assert.Equal(first.GetRawText(), second.GetRawText());
    }

    [Fact]
    public async Task CardSubmitFallback_UpdatesTheCardInPlace()
    {
        using (await PostAsync(ActivityFactory.CardSubmit(new { verb = "language.set", language = "uz-Cyrl" }, replyToId: "card-42", conversationId: "c-submit", userId: "29:submit-user"))) { }
        var (id, activity) = Assert.Single(Connector.Updated);
        Assert.Equal("card-42", id);
        Assert.Contains("Ўзбекча", VisibleText(activity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ConnectorDown_RequestStill200AndMessageQueued()
    {
        Connector.FailWith = new ConnectorException(503, null, "unavailable");
        using var response = await PostAsync(ActivityFactory.Message("help", conversationId: "c-outbox"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Connector.FailWith = null;

        var drained = await Factory.DrainOutboxAsync(ignoreSchedule: true);
        Assert.Equal(1, drained);
        Assert.Single(Connector.Sent, a => a.Conversation?.Id == "c-outbox");
    }

    [Fact]
    public async Task Send_UserBlockedBot_RequestStill200()
    {
        Connector.FailWith = new ConnectorException(403, "ConversationBlockedByUser", "blocked");
        using var response = await PostAsync(ActivityFactory.Message("help", conversationId: "c-blocked"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

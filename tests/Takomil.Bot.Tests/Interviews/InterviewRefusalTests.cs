using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Takomil.Storage;
using Takomil.Storage.Interviews;
using Takomil.Bot.Interviews.Cards;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Bot.Tests.Interviews.Support;

namespace Takomil.Bot.Tests.Interviews;

/// <summary>Answers the bot does not take: a wrong value (asked again with the reason), an old or someone else's card.</summary>
public sealed class InterviewRefusalTests(InspectionsHost host) : InterviewScenario(host)
{
    [Fact]
    public async Task WrongAnswer_IsAskedAgainWithTheReason_AndEarlierAnswersStay()
    {
        var chat = Chat.Group("refuse-iiv-002");
        await InspectingAsync(chat, "IIV-002");
        await AskForInterviewAsync(chat, Person.Nigora, "legal");
        await TypeAsync(Person.Nigora, "Qaror 184");
        await TypeAsync(Person.Nigora, "184");
        var before = (await SessionsOfAsync(Person.Nigora)).Single().StateJson;

        var future = Assert.Single(await TypeAsync(Person.Nigora, "01.01.2099"));
        var typed = await AnswerByCardAsync(Person.Nigora, "not a date at all");

        Assert.Contains("The adoption date cannot be in the future.", Visible(future), StringComparison.Ordinal);
        Assert.Contains("When was it adopted?", Visible(future), StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.card.adaptive", typed.GetProperty("type").GetString()); // the same card again, in place
        Assert.Contains("When was it adopted?", Visible(typed.GetProperty("value")), StringComparison.Ordinal);
        Assert.Equal("attention", JsonDocument.Parse(typed.GetProperty("value").GetRawText()).RootElement.GetProperty("body")[0].GetProperty("style").GetString());
        var session = (await SessionsOfAsync(Person.Nigora)).Single();
        Assert.Equal(before, session.StateJson);
        Assert.Contains("Qaror 184", session.StateJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaleCard_AnswerToAnAnsweredQuestion_IsRefusedPolitelyAndChangesNothing()
    {
        var chat = Chat.Group("refuse-sol-001");
        await InspectingAsync(chat, "SOL-001");
        await AskForInterviewAsync(chat, Person.Bobur, "legal");
        var (session, firstSlot) = LastQuestion();
        await AnswerByCardAsync(Person.Bobur, "Qaror 184");
        var before = (await SessionsOfAsync(Person.Bobur)).Single().StateJson;
        var current = LastQuestion().Slot;

        var stale = await PressAsync(Person.Bobur, QuestionCard.AnswerVerb, new { sessionId = session, slot = firstSlot, answer = "Something else" });
        var forwarded = await PressAsync(Person.Nigora, QuestionCard.AnswerVerb, new { sessionId = session, slot = current, answer = "x" });
        var forged = await PressAsync(Person.Bobur, QuestionCard.AnswerVerb, new { sessionId = "not-a-guid", slot = firstSlot, answer = "x" });

        Assert.Equal("This question was already answered. The current question is in the latest message.", stale.GetProperty("value").GetString());
        Assert.Equal("This card belongs to someone else's interview.", forwarded.GetProperty("value").GetString());
        Assert.Equal("application/vnd.microsoft.activity.message", forged.GetProperty("type").GetString());
        Assert.Equal(before, (await SessionsOfAsync(Person.Bobur)).Single().StateJson);
        Assert.Empty(AllSent);
    }

    [Fact]
    public async Task ChangedScript_ClosesTheInterviewWithAMessage_AndTheChatIsFreeAgain()
    {
        var chat = Chat.Group("refuse-adl-001");
        await InspectingAsync(chat, "ADL-001");
        await AskForInterviewAsync(chat, Person.Dilnoza, "legal", Person.Bobur); // a member asks the lead: she may answer too
        await TypeAsync(Person.Dilnoza, "Qaror 184");
        await using (var scope = Host.App.Services.CreateAsyncScope())
        {
            // The script file changed under the running interview (a new fingerprint ships).
            var db = scope.ServiceProvider.GetRequiredService<TakomilDbContext>();
            var row = await db.InterviewSessions.SingleAsync(s => s.ScriptId == "p11-legal-acts" && s.Status == InterviewSessionStatus.Asking
                && s.InspectionId == db.Inspections.Single(i => i.ServiceId == db.Services.Single(x => x.Code == "ADL-001").Id).Id);
            row.ScriptFingerprint = "an-older-version";
            await db.SaveChangesAsync();
        }

        var closed = Assert.Single(await TypeAsync(Person.Dilnoza, "184"));
        var free = Assert.Single(await TypeAsync(Person.Dilnoza, "status"));

        Assert.StartsWith("The questions of this interview are no longer available.", closed.Text, StringComparison.Ordinal);
        Assert.Equal(InterviewSessionStatus.Cancelled, (await SessionsOfAsync(Person.Dilnoza)).Single().Status);
        Assert.Contains("Qaror 184", (await SessionsOfAsync(Person.Dilnoza)).Single().StateJson, StringComparison.Ordinal); // the answers stay
        Assert.Contains("ADL-001", Visible(free), StringComparison.Ordinal);
    }
}

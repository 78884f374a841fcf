using Takomil.Bot.Interviews.Cards;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Bot.Tests.Interviews.Support;
using Takomil.Storage.Interviews;

namespace Takomil.Bot.Tests.Interviews;

/// <summary>
/// What the interviewee can do besides answering: back, skip, pause, resume, edit N, summary, confirm — typed in
/// four languages or pressed — and the bot's own commands help and language, which leave the interview where it was.
/// </summary>
public sealed class InterviewWordsTests(InspectionsHost host) : InterviewScenario(host)
{
    [Fact]
    public async Task Words_BackSkipPauseResumeEditSummaryConfirm_DoWhatTheySayAndLoseNothing()
    {
        var chat = Chat.Group("words-iiv-001");
        await InspectingAsync(chat, "IIV-001");
        await AskForInterviewAsync(chat, Person.Nigora, "legal");
        var nigora = Person.Nigora;

        await TypeAsync(nigora, "Qaror 184");
        var back = Visible(Assert.Single(await TypeAsync(nigora, "back")));
        Assert.Contains("What is the title of the act", back, StringComparison.Ordinal);
        Assert.Contains("Qaror 184", back, StringComparison.Ordinal); // the answer already given is offered again
        await TypeAsync(nigora, "Qaror 185");

        var skip = Visible(Assert.Single(await TypeAsync(nigora, "пропустить", "ru-RU")));
        Assert.Contains("2 / ", skip, StringComparison.Ordinal); // a required question is not skipped: asked again with the reason
        await TypeAsync(nigora, "184");

        var paused = Assert.Single(await TypeAsync(nigora, "pauza", "uz-Latn-UZ"));
        Assert.Contains("Pauza qilindi", paused.Text, StringComparison.Ordinal);
        Assert.Equal(InterviewSessionStatus.Paused, (await SessionsOfAsync(nigora)).Single().Status);
        var hint = Assert.Single(await TypeAsync(nigora, "hello"));
        Assert.Contains("paused", hint.Text, StringComparison.Ordinal);
        var status = Assert.Single(await TypeAsync(nigora, "status")); // commands work again while paused
        Assert.Contains("IIV-001", Visible(status), StringComparison.Ordinal);

        var resumed = await TypeAsync(nigora, "resume");
        Assert.Equal(2, resumed.Count); // a line, then the question where she stopped
        Assert.Contains("Here is where you stopped", resumed[0].Text, StringComparison.Ordinal);
        Assert.Contains("When was it adopted?", Visible(resumed[1]), StringComparison.Ordinal);
        await TypeAsync(nigora, "02.06.2016");
        await TypeAsync(nigora, "3, 7");
        var summary = Assert.Single(await TypeAsync(nigora, "no"));
        Assert.NotNull(Button(CardOf(summary), SummaryCard.ConfirmVerb));
        Assert.Contains("Qaror 185", Visible(summary), StringComparison.Ordinal);

        var edit = Visible(Assert.Single(await TypeAsync(nigora, "изменить 2", "ru-RU")));
        Assert.Contains("184", edit, StringComparison.Ordinal);
        var afterEdit = Assert.Single(await TypeAsync(nigora, "184-son"));
        Assert.NotNull(Button(CardOf(afterEdit), SummaryCard.ConfirmVerb)); // back to the review after the edit
        var again = Visible(Assert.Single(await TypeAsync(nigora, "summary")));
        Assert.Contains("184-son", again, StringComparison.Ordinal);

        var done = Assert.Single(await TypeAsync(nigora, "confirm"));
        Assert.Contains("Thank you!", done.Text, StringComparison.Ordinal);
        var act = Assert.Single((await ModelOfAsync("IIV-001")).Facts!.LegalActs);
        Assert.Equal(("Qaror 185", "184-son", new DateOnly(2016, 6, 2)), (act.Title, act.Number, act.AdoptedOn));
        Assert.Equal(["3", "7"], act.Articles);
    }

    [Fact]
    public async Task HelpAndLanguage_DuringAnInterview_AnswerAndTheInterviewGoesOn()
    {
        var chat = Chat.Group("words-sol-002");
        await InspectingAsync(chat, "SOL-002");
        await AskForInterviewAsync(chat, Person.Bobur, "legal"); // a member may answer too

        var help = Assert.Single(await TypeAsync(Person.Bobur, "help"));
        var language = Assert.Single(await TypeAsync(Person.Bobur, "language ru"));
        var next = Assert.Single(await TypeAsync(Person.Bobur, "Qaror 184"));

        Assert.Contains("interview @person", Visible(help), StringComparison.Ordinal);
        Assert.Contains("по-русски", language.Text ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("Номер акта?", Visible(next), StringComparison.Ordinal);
        Assert.Contains("2 / ", Visible(next), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitFallback_AnswerFromAnOlderClient_UpdatesTheCardAndAsksTheNextQuestion()
    {
        var chat = Chat.Group("words-kad-001");
        await InspectingAsync(chat, "KAD-001");
        await AskForInterviewAsync(chat, Person.Dilnoza, "legal", Person.Bobur);
        var (session, slot) = LastQuestion();
        var submit = Chat.PersonalOf(Person.Dilnoza).Say(Person.Dilnoza, string.Empty);
        submit.Text = null;
        submit.ReplyToId = "question-card-1";
        submit.Value = System.Text.Json.JsonSerializer.SerializeToElement(new { verb = QuestionCard.AnswerVerb, sessionId = session, slot, answer = "Qaror 184" });

        var sent = await SendAsync(submit);

        var (id, updated) = Assert.Single(Host.Connector.Updated);
        Assert.Equal("question-card-1", id);
        Assert.Contains("Qaror 184", Visible(updated), StringComparison.Ordinal);
        Assert.Contains("The act's number?", Visible(Assert.Single(sent)), StringComparison.Ordinal);
    }
}

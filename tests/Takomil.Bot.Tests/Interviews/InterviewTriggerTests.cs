using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Interviews.Cards;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Bot.Tests.Interviews.Support;
using Takomil.Bot.Tests.Support;
using Takomil.Storage;
using Takomil.Storage.Interviews;

namespace Takomil.Bot.Tests.Interviews;

/// <summary>Who may ask whom: the lead or a member asks a working-group member who may answer; everyone else is told why not.</summary>
public sealed class InterviewTriggerTests(InspectionsHost host) : InterviewScenario(host)
{
    [Theory]
    [InlineData("olim", "You are not in the working group of this inspection.")]
    [InlineData("sergey", "Your role does not allow this: starting interviews.")]
    public async Task Interview_ByOutsiderOrApprover_IsRefused(string who, string expected)
    {
        var chat = Chat.Group("trigger-dxa-001");
        if (await InspectionOfAsync("DXA-001") is null) await InspectingAsync(chat, "DXA-001");
        var asker = who == "olim" ? Person.Olim : Person.Sergey;

        var said = await AskForInterviewAsync(chat, Person.Bobur, "legal", asker);

        Assert.Equal(expected, said);
        Assert.Empty(Host.Connector.Created);
        Assert.Empty(await SessionsOfAsync(Person.Bobur, "DXA-001"));
    }

    [Fact]
    public async Task Interview_OfSomeoneOutsideTheGroupOrWithoutTheRightToAnswer_IsRefusedWithWhatToDo()
    {
        var chat = Chat.Group("trigger-dxa-002");
        await InspectingAsync(chat, "DXA-002");

        var outsider = await AskForInterviewAsync(chat, Person.Olim, "legal");
        var approver = await AskForInterviewAsync(chat, Person.Sergey, "legal");
        var noSection = await AskForInterviewAsync(chat, Person.Nigora, string.Empty);

        Assert.Equal("Olim Qodirov is not in the working group. Add them first: *add @person interviewee*.", outsider);
        Assert.Equal("Sergey Pak has no role that may answer interviews. Give them the role *interviewee*.", approver);
        Assert.StartsWith("Name the section: ", noSection, StringComparison.Ordinal);
        Assert.Contains("legal (Legal acts)", noSection, StringComparison.Ordinal);
        Assert.Empty(await SessionsOfAsync(Person.Sergey));
    }

    [Fact]
    public async Task Interview_BeforeTheInspectionStarts_IsRefusedByTheStage()
    {
        var chat = Chat.Group("trigger-sol-002");
        await OpenAsync(chat, "SOL-002");
        await FormGroupAsync(chat);

        var said = await AskForInterviewAsync(chat, Person.Bobur, "legal");

        Assert.StartsWith("Not possible at the stage “", said, StringComparison.Ordinal);
        Assert.EndsWith("starting interviews.", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InterviewsCard_TwoPeopleAtOnce_ShowsEachOnesProgressAndStartsFromTheCard()
    {
        var chat = Chat.Group("trigger-adl-001");
        await InspectingAsync(chat, "ADL-001");
        var card = CardOf(Assert.Single(await SendAsync(chat.Say(Person.Dilnoza, "intervyu", "uz-Latn-UZ"))));
        var start = Button(card, InterviewsCard.StartVerb)!;
        var nigoraId = await OfficialIdAsync(Person.Nigora);

        var pressed = await ClickAsync(chat.Click(Person.Dilnoza, InterviewsCard.StartVerb,
            new { inspectionId = start["inspectionId"]!.GetValue<string>(), person = nigoraId.ToString(), section = "p11-agencies" }));
        await AskForInterviewAsync(chat, Person.Bobur, "legal");
        var again = await AskForInterviewAsync(chat, Person.Nigora, "legal");
        await TypeAsync(Person.Bobur, "Qaror 184");
        await TypeAsync(Person.Nigora, "Qurilish vazirligi");
        await TypeAsync(Person.Nigora, "pause");
        var progress = Visible(Assert.Single(await SendAsync(chat.Say(Person.Dilnoza, "interviews"))));

        Assert.Contains("Nigora Yusupova", Visible(pressed.GetProperty("value")), StringComparison.Ordinal);
        Assert.Contains("Sent to Nigora Yusupova", Visible(pressed.GetProperty("value")), StringComparison.Ordinal);
        Assert.Equal("Nigora Yusupova is already answering Agencies. Ask again when that interview is finished.", again);
        Assert.Contains("Nigora Yusupova — Agencies", progress, StringComparison.Ordinal);
        Assert.Contains("question 2 / ", progress, StringComparison.Ordinal);
        Assert.Contains("paused 0 d", progress, StringComparison.Ordinal);
        Assert.Contains("Bobur Toshmatov — Legal acts", progress, StringComparison.Ordinal);
        Assert.Equal(2, (await SessionsOfAsync(Person.Nigora, "ADL-001")).Count + (await SessionsOfAsync(Person.Bobur, "ADL-001")).Count);
    }

    [Fact]
    public async Task StatusCard_InterviewsButton_OpensTheInterviewsCard_ForMembersOnly()
    {
        var chat = Chat.Group("trigger-sol-001");
        await InspectingAsync(chat, "SOL-001");
        var status = Assert.Single(await SendAsync(chat.Say(Person.Sergey, "status")));
        var data = Button(CardOf(status), InterviewsCard.RefreshVerb)!;
        var ids = new { inspectionId = data["inspectionId"]!.GetValue<string>() };

        var approver = await ClickAsync(chat.Click(Person.Sergey, InterviewsCard.RefreshVerb, ids));
        var outsider = await ClickAsync(chat.Click(Person.Olim, InterviewsCard.RefreshVerb, ids));

        var card = approver.GetProperty("value");
        Assert.Contains("No interviews yet.", Visible(card), StringComparison.Ordinal);
        Assert.DoesNotContain(InterviewsCard.StartVerb, card.GetRawText(), StringComparison.Ordinal); // an approver sees, but may not ask
        Assert.Equal("You are not in the working group of this inspection.", outsider.GetProperty("value").GetString());
    }

    private async Task<Guid> OfficialIdAsync(Person person)
    {
        await using var scope = Host.App.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<TakomilDbContext>().Officials.SingleAsync(o => o.TeamsUserId == person.Id)).Id;
    }
}

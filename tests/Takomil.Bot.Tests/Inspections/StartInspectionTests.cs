using Takomil.Bot.Inspections.Commands;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Domain.Inspections;

namespace Takomil.Bot.Tests.Inspections;

/// <summary><c>start</c>: stage 2 begins with the order on the working group, when the state machine allows it.</summary>
public sealed class StartInspectionTests(InspectionsHost host) : Scenario(host)
{
    [Fact]
    public async Task Start_ByLeadWithFullGroupAndOrder_BeginsStageTwo()
    {
        var chat = Chat.Group("start-dxa-001");
        await OpenAsync(chat, "DXA-001");
        await FormGroupAsync(chat);

        var reply = await AskAsync(chat.Say(Person.Dilnoza, "boshlash 14-IG 20.11.2026", "uz-Latn-UZ"));

        var text = Visible(reply);
        Assert.Contains("2-bosqich boshlandi", text, StringComparison.Ordinal);
        Assert.Contains("Tekshirilmoqda (2-bosqich, jami 5)", text, StringComparison.Ordinal);
        var stored = (await InspectionOfAsync("DXA-001"))!;
        Assert.Equal(InspectionStage.Inspecting, stored.Stage);
        var change = Assert.Single(stored.History);
        Assert.Equal("14-IG", change.Decision!.Reference);
        Assert.Equal(new DateOnly(2026, 11, 20), change.Decision.Date);

        var again = await AskAsync(chat.Say(Person.Dilnoza, "start 14-IG 20.11.2026"));
        Assert.Equal("Not possible at the stage “Inspection under way”: starting the inspection.", again.Text);
    }

    [Fact]
    public async Task Start_GroupWithoutInterviewee_IsRefusedNamingWhoIsMissing()
    {
        var chat = Chat.Group("start-dxa-002");
        await OpenAsync(chat, "DXA-002");
        await AskAsync(chat.Say(Person.Dilnoza, $"add {Person.Bobur.At} member", mentions: Person.Bobur));

        var reply = await AskAsync(chat.Say(Person.Dilnoza, "начать 7 01.12.2026", "ru-RU"));

        Assert.Equal("Рабочая группа не сформирована; ещё нужны: Респондент.", reply.Text);
        Assert.Equal(InspectionStage.Listed, (await InspectionOfAsync("DXA-002"))!.Stage);
    }

    [Fact]
    public async Task Start_ByMember_IsRefused()
    {
        var chat = Chat.Group("start-adl-001");
        await OpenAsync(chat, "ADL-001");
        await FormGroupAsync(chat);

        var reply = await AskAsync(chat.Say(Person.Bobur, "start 14-IG 20.11.2026"));

        Assert.Equal("Your role does not allow this: starting the inspection.", reply.Text);
    }

    [Theory]
    [InlineData("start")]
    [InlineData("start 14-IG")]
    [InlineData("start 14-IG 31.02.2026")]
    public async Task Start_WithoutAValidOrder_ExplainsTheForm(string command)
    {
        var chat = Chat.Group("start-adl-002");
        if (await InspectionOfAsync("ADL-002") is null) await OpenAsync(chat, "ADL-002");

        var reply = await AskAsync(chat.Say(Person.Dilnoza, command));

        Assert.StartsWith("Give the order approving the working group", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InPersonalChat_AsksForTheGroupChat()
    {
        var reply = await AskAsync(Chat.PersonalOf(Person.Dilnoza).Say(Person.Dilnoza, "start 14-IG 20.11.2026"));

        Assert.Equal("Start the inspection in its working group's chat or channel.", reply.Text);
    }

    [Theory]
    [InlineData("14-IG 20.11.2026", "14-IG", 2026, 11, 20)]
    [InlineData("No. 14 IG 2026-11-20", "No. 14 IG", 2026, 11, 20)]
    [InlineData("7 1.12.2026", "7", 2026, 12, 1)]
    public void TryParseOrder_ReferenceThenDate(string text, string reference, int year, int month, int day)
    {
        Assert.True(StartInspectionCommand.TryParseOrder(text, out var order));
        Assert.Equal(reference, order.Reference);
        Assert.Equal(new DateOnly(year, month, day), order.Date);
    }
}

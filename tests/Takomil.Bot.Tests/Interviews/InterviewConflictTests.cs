using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Interviews.Cards;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Bot.Tests.Interviews.Support;
using Takomil.Storage;
using Takomil.Storage.Interviews;

namespace Takomil.Bot.Tests.Interviews;

/// <summary>
/// Two people answer the same section differently: the first answer stands, the difference is stored and shown in the
/// working group's chat with both values and who gave them, and a lead's pick goes into the fact sheet through the domain.
/// </summary>
public sealed class InterviewConflictTests(InspectionsHost host) : ScriptedAnswers(host)
{
    [Theory]
    [InlineData("DXA-001", AnswerConflictRow.TakeNew, "185")]
    [InlineData("DXA-002", AnswerConflictRow.KeepExisting, "184")]
    public async Task DifferentAnswers_ShownWithBothValuesAndWho_AndTheLeadsPickApplies(string service, string choice, string expected)
    {
        var chat = Chat.Group("conflict-" + service.ToLowerInvariant());
        await InspectingAsync(chat, service);
        await RunAsync(chat, Person.Nigora, "legal", "en", "Qaror 184", "184", "02.06.2016", "3", "no");

        var boburDone = await RunAsync(chat, Person.Bobur, "legal", "en", "Qaror 184", "185", "02.06.2016", "3, 9", "no");
        var toGroup = AllSent.Where(a => a.Conversation?.Id == chat.ConversationId).ToList();

        Assert.Contains("Thank you!", boburDone, StringComparison.Ordinal);
        Assert.Contains("differ from what a colleague gave", boburDone, StringComparison.Ordinal);
        Assert.Equal(2, toGroup.Count);
        Assert.Contains("Bobur Toshmatov finished the interview on “Legal acts”.", toGroup[0].Text, StringComparison.Ordinal);
        var card = CardOf(toGroup[1]);
        var shown = Visible(toGroup[1]);
        Assert.Contains("legalActs 1 › number", shown, StringComparison.Ordinal);
        Assert.Contains("Nigora Yusupova", shown, StringComparison.Ordinal);
        Assert.Contains("Bobur Toshmatov", shown, StringComparison.Ordinal);
        Assert.Contains("184", shown, StringComparison.Ordinal);
        Assert.Contains("185", shown, StringComparison.Ordinal);
        var act = Assert.Single((await ModelOfAsync(service)).Facts!.LegalActs);
        Assert.Equal("184", act.Number); // the first answer stands until someone decides

        var conflicts = await ConflictsAsync(service);
        var number = Assert.Single(conflicts, c => c.Path.EndsWith(".number", StringComparison.Ordinal));
        Assert.Equal(("184", "185"), (number.ExistingDisplay, number.NewDisplay));
        var byInterviewee = await ClickAsync(chat.Click(Person.Nigora, ConflictCard.ResolveVerb, new { conflictId = number.Id.ToString(), choice }));
        Assert.Equal("Your role does not allow this: recording the facts of p. 11.", byInterviewee.GetProperty("value").GetString());

        foreach (var conflict in conflicts)
        {
            var decided = await ClickAsync(chat.Click(Person.Dilnoza, ConflictCard.ResolveVerb, new { conflictId = conflict.Id.ToString(), choice }));
            Assert.Contains("Decided:", Visible(decided.GetProperty("value")), StringComparison.Ordinal);
        }
        var again = await ClickAsync(chat.Click(Person.Dilnoza, ConflictCard.ResolveVerb, new { conflictId = number.Id.ToString(), choice }));

        Assert.Contains("This was already decided.", Visible(again.GetProperty("value")), StringComparison.Ordinal);
        Assert.Contains("Nothing to decide.", Visible(again.GetProperty("value")), StringComparison.Ordinal);
        act = Assert.Single((await ModelOfAsync(service)).Facts!.LegalActs);
        Assert.Equal(expected, act.Number);
        Assert.Equal(("Qaror 184", new DateOnly(2016, 6, 2)), (act.Title, act.AdoptedOn));
        var boburId = (await SessionsOfAsync(Person.Bobur, service)).Single().IntervieweeId;
        var nigoraId = (await SessionsOfAsync(Person.Nigora, service)).Single().IntervieweeId;
        Assert.Equal(choice == AnswerConflictRow.TakeNew ? boburId : nigoraId, act.Provenance.OfficialId);
        Assert.Equal(choice == AnswerConflictRow.TakeNew ? ["3", "9"] : ["3"], act.Articles);
        Assert.All(await ConflictsAsync(service), c => Assert.Equal((choice, true), (c.Choice, c.ResolvedAt is not null)));
    }

    private async Task<List<AnswerConflictRow>> ConflictsAsync(string service)
    {
        var inspection = (await InspectionOfAsync(service))!;
        await using var scope = Host.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TakomilDbContext>().AnswerConflicts.AsNoTracking()
            .Where(c => c.InspectionId == inspection.Id).OrderBy(c => c.Path).ToListAsync();
    }
}

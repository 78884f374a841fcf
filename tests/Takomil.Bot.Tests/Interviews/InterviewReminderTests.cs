using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Interviews;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Bot.Tests.Interviews.Support;

namespace Takomil.Bot.Tests.Interviews;

/// <summary>
/// An interview left idle longer than Interviews:RemindAfter (two days by default) gets one reminder per idle period,
/// however many runs or instances look at it at once; answering starts a new period.
/// </summary>
public sealed class InterviewReminderTests(InspectionsHost host) : InterviewScenario(host)
{
    [Fact]
    public async Task IdleInterview_RemindedOncePerIdlePeriod_EvenWhenTwoRunsRace()
    {
        var chat = Chat.Group("remind-adl-002");
        await InspectingAsync(chat, "ADL-002");
        await AskForInterviewAsync(chat, Person.Nigora, "legal");
        await TypeAsync(Person.Nigora, "Qaror 184");
        var personal = (await SessionsOfAsync(Person.Nigora)).Single().PersonalConversationId;
        Host.Connector.Clear();
        var now = DateTimeOffset.UtcNow;

        Assert.Equal(0, await RemindAsync(now.AddDays(1))); // not idle long enough yet
        var raced = await Task.WhenAll(RemindAsync(now.AddDays(3)), RemindAsync(now.AddDays(3)), RemindAsync(now.AddDays(3)));
        var later = await RemindAsync(now.AddDays(5));

        Assert.Equal(1, raced.Sum());
        Assert.Equal(0, later);
        var reminder = Assert.Single(AllSent);
        Assert.Equal(personal, reminder.Conversation!.Id);
        Assert.StartsWith("A reminder: your interview on Legal acts is waiting at question 2 of ", reminder.Text, StringComparison.Ordinal); // in the language she last wrote in
        Assert.NotNull((await SessionsOfAsync(Person.Nigora)).Single().RemindedAt);

        await TypeAsync(Person.Nigora, "pause"); // activity: a new idle period begins
        Assert.Null((await SessionsOfAsync(Person.Nigora)).Single().RemindedAt);
        Host.Connector.Clear();
        Assert.Equal(1, await RemindAsync(DateTimeOffset.UtcNow.AddDays(3)));
    }

    private async Task<int> RemindAsync(DateTimeOffset now)
    {
        await using var scope = Host.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InterviewReminders>().SendDueAsync(now, CancellationToken.None);
    }
}

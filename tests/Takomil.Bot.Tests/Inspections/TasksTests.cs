using Takomil.Bot.Tests.Inspections.Support;

namespace Takomil.Bot.Tests.Inspections;

/// <summary><c>tasks</c>: what each person owes, by their roles and the stage — and the status card's "who owes what".</summary>
public sealed class TasksTests(InspectionsHost host) : Scenario(host)
{
    [Fact]
    public async Task Tasks_WhileInspecting_EachPersonOwesWhatTheirRoleAllows()
    {
        var chat = Chat.Group("tasks-kad-001");
        await OpenAsync(chat, "KAD-001");
        await FormGroupAsync(chat);
        await StartInspectingAsync("KAD-001");

        var lead = Visible(await AskAsync(Chat.PersonalOf(Person.Dilnoza).Say(Person.Dilnoza, "tasks")));
        var member = Visible(await AskAsync(Chat.PersonalOf(Person.Bobur).Say(Person.Bobur, "vazifalar", "uz-Latn-UZ")));
        var interviewee = Visible(await AskAsync(Chat.PersonalOf(Person.Nigora).Say(Person.Nigora, "задачи", "ru-RU")));
        var approver = Visible(await AskAsync(Chat.PersonalOf(Person.Sergey).Say(Person.Sergey, "tasks")));

        Assert.Contains("State registration of rights to real estate", lead, StringComparison.Ordinal);
        Assert.Contains("Inspection under way (stage 2 of 5)", lead, StringComparison.Ordinal);
        Assert.Contains("Your roles: Lead", lead, StringComparison.Ordinal);
        Assert.Contains("Collect the facts of p. 11: 10 of 10 sections incomplete", lead, StringComparison.Ordinal);
        Assert.Contains("Mark the models drafted when the facts and both models are complete", lead, StringComparison.Ordinal);

        Assert.Contains("Rollaringiz: Aʼzo", member, StringComparison.Ordinal);
        Assert.Contains("11-band maʼlumotlarini toʻplang: 10 ta boʻlimdan 10 tasi toʻliq emas", member, StringComparison.Ordinal);
        Assert.Contains("Modellarni tuzing: Joriy model, Maqbullashtirilgan model", member, StringComparison.Ordinal);
        Assert.DoesNotContain("tuzilgan deb belgilang", member, StringComparison.Ordinal);

        Assert.Contains("Ответьте на вопросы рабочей группы об услуге", interviewee, StringComparison.Ordinal);
        Assert.DoesNotContain("Соберите сведения", interviewee, StringComparison.Ordinal);

        Assert.Contains("Your roles: Approver", approver, StringComparison.Ordinal);
        Assert.Contains("Nothing is pending for you here now.", approver, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tasks_WhileListed_OnlyTheLeadOwesSomething()
    {
        var chat = Chat.Group("tasks-sol-001");
        await OpenAsync(chat, "SOL-001");
        await AskAsync(chat.Say(Person.Dilnoza, $"add {Person.Aziz.At} member", mentions: Person.Aziz));

        var lead = Visible(await AskAsync(Chat.PersonalOf(Person.Dilnoza).Say(Person.Dilnoza, "tasks")));
        var member = Visible(await AskAsync(Chat.PersonalOf(Person.Aziz).Say(Person.Aziz, "tasks")));

        Assert.Contains("Add to the working group: Interviewee", lead, StringComparison.Ordinal);
        Assert.Contains("Start the inspection with the order approving the working group (**start** number date)", lead, StringComparison.Ordinal);
        Assert.Contains("Nothing is pending for you here now.", member, StringComparison.Ordinal);
        Assert.DoesNotContain("Add to the working group", member, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusCard_WhileInspecting_SaysWhoOwesWhat()
    {
        var chat = Chat.Group("tasks-sol-002");
        await OpenAsync(chat, "SOL-002");
        await FormGroupAsync(chat);
        await StartInspectingAsync("SOL-002");

        var text = Visible(await AskAsync(chat.Say(Person.Sergey, "статус", "ru-RU")));

        Assert.Contains("Идёт обследование (этап 2 из 5)", text, StringComparison.Ordinal);
        Assert.Contains("Кто что должен сделать", text, StringComparison.Ordinal);
        Assert.Contains("Соберите сведения по п. 11: не заполнено разделов 10 из 10", text, StringComparison.Ordinal);
        Assert.Contains("Ответьте на вопросы рабочей группы об услуге", text, StringComparison.Ordinal);
        Assert.Contains("Составьте модели: Текущая модель, Оптимизированная модель", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tasks", "en-US", "You are not in any working group yet.")]
    [InlineData("задачи", "ru-RU", "Вы пока не состоите ни в одной рабочей группе.")]
    public async Task Tasks_InNoWorkingGroup_SaysSo(string command, string locale, string expected)
    {
        var reply = await AskAsync(Chat.PersonalOf(Person.Olim).Say(Person.Olim, command, locale));

        var text = Visible(reply);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
    }
}

using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Bot.Tests.Interviews.Support;
using Takomil.Storage.Interviews;

namespace Takomil.Bot.Tests.Interviews;

/// <summary>
/// Every acknowledged answer is saved before the bot replies: the bot is stopped halfway (its host disposed) and a new
/// one started on the same SQLite file carries on at the next question, and the confirmed facts hold every answer.
/// </summary>
public sealed class InterviewRestartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "takomil-restart", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Restart_Halfway_ResumesAtTheNextQuestionWithNoAnswerLost()
    {
        Directory.CreateDirectory(_folder);
        var database = $"Data Source={Path.Combine(_folder, "takomil.db")}";
        var chat = Chat.Group("restart-iiv-001");

        using (var first = Host(database))
        {
            var bot = new Driver(first);
            await bot.InspectingAsync(chat, "IIV-001");
            await bot.AskForInterviewAsync(chat, Person.Nigora, "legal");
            await bot.TypeAsync(Person.Nigora, "Qaror 184");
            await bot.AnswerByCardAsync(Person.Nigora, "184");
            bot.Dispose();
        }

        using var second = Host(database);
        var again = new Driver(second);
        var resumed = (await again.TypeAsync(Person.Nigora, "resume"))[^1];
        Assert.Contains("When was it adopted?", InspectionTestBaseAccess.Visible(resumed), StringComparison.Ordinal);
        Assert.Contains("3 / ", InspectionTestBaseAccess.Visible(resumed), StringComparison.Ordinal);
        await again.TypeAsync(Person.Nigora, "02.06.2016");
        await again.AnswerByCardAsync(Person.Nigora, "3, 7");
        await again.TypeAsync(Person.Nigora, "no");
        var done = Assert.Single(await again.TypeAsync(Person.Nigora, "confirm"));

        Assert.Contains("Thank you!", done.Text, StringComparison.Ordinal);
        var act = Assert.Single((await again.ModelAsync("IIV-001")).Facts!.LegalActs);
        Assert.Equal(("Qaror 184", "184", new DateOnly(2016, 6, 2)), (act.Title, act.Number, act.AdoptedOn));
        Assert.Equal(["3", "7"], act.Articles);
        Assert.Equal(InterviewSessionStatus.Confirmed, (await again.SessionsAsync(Person.Nigora)).Single().Status);
        again.Dispose();
    }

    private static InspectionsHost Host(string database)
    {
        var host = new InspectionsHost();
        host.Factory.Settings["Database:ConnectionString"] = database;
        return host;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>The shared interview steps, driven against a host this test starts and stops itself.</summary>
    private sealed class Driver(InspectionsHost host) : InterviewScenario(host)
    {
        public new Task InspectingAsync(Chat chat, string serviceCode) => base.InspectingAsync(chat, serviceCode);

        public new Task<string> AskForInterviewAsync(Chat chat, Person person, string section, Person? lead = null, string locale = "en-US") =>
            base.AskForInterviewAsync(chat, person, section, lead, locale);

        public new Task<IReadOnlyList<Takomil.Protocol.Activities.Activity>> TypeAsync(Person person, string text, string locale = "en-US",
            IList<Takomil.Protocol.Activities.Attachment>? attachments = null) => base.TypeAsync(person, text, locale, attachments);

        public new Task<System.Text.Json.JsonElement> AnswerByCardAsync(Person person, string? value, string locale = "en-US") =>
            base.AnswerByCardAsync(person, value, locale);

        public Task<(Takomil.Domain.Facts.FactSheet? Facts, Takomil.Domain.Models.ProcessModel? AsIs)> ModelAsync(string code) => ModelOfAsync(code);

        public Task<List<InterviewSessionRow>> SessionsAsync(Person person) => SessionsOfAsync(person);
    }
}

/// <summary>Reaches the base class's text helper from outside a test class.</summary>
internal static class InspectionTestBaseAccess
{
    public static string Visible(Takomil.Protocol.Activities.Activity activity) =>
        string.Join("\n", new[] { activity.Text ?? string.Empty }.Concat((activity.Attachments ?? [])
            .Select(a => a.Content is System.Text.Json.JsonElement e ? e.GetRawText() : string.Empty)));
}

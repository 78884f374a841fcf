using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Bot.Tests.Interviews.Support;
using Takomil.Bot.Tests.Support;
using Takomil.Storage.Interviews;

namespace Takomil.Bot.Tests.Interviews;

/// <summary>The request as the interviewee receives it: a 1:1 chat opened for them, who asked, why and how long, the first question.</summary>
public sealed class InterviewRequestTests(InspectionsHost host) : InterviewScenario(host)
{
    [Fact]
    public async Task Interview_ByLead_WritesToThePersonOneToOneWithWhoWhyAndHowLong()
    {
        var chat = Chat.Group("trigger-kad-001");
        await InspectingAsync(chat, "KAD-001");

        var said = await AskForInterviewAsync(chat, Person.Nigora, "legal");

        Assert.StartsWith("Sent to Nigora Yusupova: Legal acts — ", said, StringComparison.Ordinal);
        var created = Assert.Single(Host.Connector.Created);
        Assert.Equal(Person.Nigora.Id, Assert.Single(created.Parameters.Members!).Id);
        Assert.Equal(ActivityFactory.TenantId, created.Parameters.TenantId);
        var toNigora = AllSent.Where(a => a.Conversation?.Id != chat.ConversationId).ToList();
        Assert.Equal(2, toNigora.Count);
        var intro = toNigora[0].Text!;
        Assert.Contains("Dilnoza Karimova", intro, StringComparison.Ordinal); // who asked
        Assert.Contains("184-son qaror, 11-band", intro, StringComparison.Ordinal); // why (p. 24), in her language (uz-Latn)
        Assert.Contains("taxminan 5 daqiqa", intro, StringComparison.Ordinal); // how long
        Assert.Contains("1 / ", Visible(toNigora[1]), StringComparison.Ordinal);
        var session = Assert.Single(await SessionsOfAsync(Person.Nigora));
        Assert.Equal((InterviewSessionStatus.Asking, "p11-legal-acts", toNigora[0].Conversation!.Id, chat.ConversationId),
            (session.Status, session.ScriptId, session.PersonalConversationId, session.OriginConversationId));
        Assert.Equal(await FingerprintAsync("p11-legal-acts"), session.ScriptFingerprint);
    }

    private async Task<string> FingerprintAsync(string scriptId)
    {
        await using var scope = Host.App.Services.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<Takomil.Bot.Interviews.ScriptCatalog>().Find(scriptId)!.Fingerprint;
    }
}

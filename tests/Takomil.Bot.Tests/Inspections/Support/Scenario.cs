using Microsoft.Extensions.DependencyInjection;
using Takomil.Domain.Agencies;
using Takomil.Domain.Inspections;
using Takomil.Domain.Services;
using Takomil.Protocol.Activities;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Tests.Inspections.Support;

/// <summary>Steps tests share: open an inspection in a chat, form its group, move it on through the domain.</summary>
public abstract class Scenario(InspectionsHost host) : InspectionTestBase(host)
{
    /// <summary>Dilnoza opens the inspection of <paramref name="serviceCode"/> in <paramref name="chat"/>; returns the status card reply.</summary>
    protected async Task<Activity> OpenAsync(Chat chat, string serviceCode)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var reply = await AskAsync(chat.Say(Person.Dilnoza, "new " + serviceCode));
        Assert.NotNull(await InspectionOfAsync(serviceCode));
        return reply;
    }

    /// <summary>The lead adds Bobur (member), Nigora (interviewee) and Sergey (approver) by @mention.</summary>
    protected async Task FormGroupAsync(Chat chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
        await AskAsync(chat.Say(Person.Dilnoza, $"add {Person.Bobur.At} member", mentions: Person.Bobur));
        await AskAsync(chat.Say(Person.Dilnoza, $"add {Person.Nigora.At} interviewee", mentions: Person.Nigora));
        await AskAsync(chat.Say(Person.Dilnoza, $"add {Person.Sergey.At} approver", mentions: Person.Sergey));
    }

    /// <summary>The lead starts stage 2 with the working group's order, through the domain and the unit of work.</summary>
    protected async Task StartInspectingAsync(string serviceCode)
    {
        var stored = await InspectionOfAsync(serviceCode) ?? throw new InvalidOperationException("No inspection of " + serviceCode);
        await using var scope = Host.App.Services.CreateAsyncScope();
        var inspection = (await scope.ServiceProvider.GetRequiredService<InspectionRepository>().FindAsync(stored.Id, CancellationToken.None))!;
        var lead = inspection.Members.Single(m => m.Roles.Contains(Domain.Access.WorkingGroupRole.Lead)).OfficialId;
        var order = new DecisionReference("Buyruq 14-IG", new DateOnly(2026, 11, 20));
        var fired = inspection.Fire(inspection.ActorFor(lead, SystemRole.None), InspectionTrigger.Start, TransitionEvidence.Of(order), DateTimeOffset.UtcNow);
        Assert.True(fired.IsSuccess, fired.ToString());
        await scope.ServiceProvider.GetRequiredService<InspectionsUnitOfWork>()
            .CommitAsync(AuditEvent.By(lead, "inspection.start", $"inspection:{inspection.Id}", new { order = order.Reference }, DateTimeOffset.UtcNow), CancellationToken.None);
    }
}

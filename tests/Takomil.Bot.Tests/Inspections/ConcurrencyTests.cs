using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Inspections;
using Takomil.Storage;
using Takomil.Storage.Inspections;

namespace Takomil.Bot.Tests.Inspections;

/// <summary>
/// Two people changing one inspection at once: the first save wins, the second gets a clear answer and the current
/// state, and nothing of either is lost or overwritten.
/// </summary>
public sealed class ConcurrencyTests(InspectionsHost host) : Scenario(host)
{
    [Fact]
    public async Task Add_WhileSomeoneElseChangesTheGroup_SaysSoShowsTheCurrentStateAndOverwritesNothing()
    {
        var chat = Chat.Group("race-dxa-001");
        await OpenAsync(chat, "DXA-001");
        var id = (await InspectionOfAsync("DXA-001"))!.Id;
        Host.Race.Arm(ChangesAnInspection, () => AddAsSomeoneElseAsync(id, Person.Nigora, WorkingGroupRole.Interviewee));

        var replies = await SendAsync(chat.Say(Person.Dilnoza, $"add {Person.Bobur.At} member", mentions: Person.Bobur));

        Assert.True(Host.Race.Fired);
        Assert.Equal(2, replies.Count);
        Assert.StartsWith("Someone changed this inspection at the same moment, so your change was not saved.", replies[0].Text, StringComparison.Ordinal);
        var current = Visible(replies[1]);
        Assert.Contains("Nigora Yusupova", current, StringComparison.Ordinal);
        Assert.DoesNotContain("Bobur Toshmatov", current, StringComparison.Ordinal);
        var stored = (await InspectionOfAsync("DXA-001"))!;
        Assert.Equal(2, stored.Members.Count);
        Assert.False(await OfficialExistsAsync(Person.Bobur));

        // Repeating the command now succeeds on top of the other change.
        var again = await AskAsync(chat.Say(Person.Dilnoza, $"add {Person.Bobur.At} member", mentions: Person.Bobur));
        Assert.Equal("Added to the working group: Bobur Toshmatov — Member.", again.Text);
        Assert.Equal(3, (await InspectionOfAsync("DXA-001"))!.Members.Count);
    }

    [Fact]
    public async Task New_WhileSomeoneElseOpensTheSameService_ShowsTheirInspection()
    {
        Host.Race.Arm(AddsAnInspection, () => OpenAsSomeoneElseAsync("ADL-002"));

        var reply = await AskAsync(Chat.PersonalOf(Person.Dilnoza).Say(Person.Dilnoza, "new ADL-002"));

        Assert.True(Host.Race.Fired);
        var text = Visible(reply);
        Assert.Contains("The inspection of this service has already been started.", text, StringComparison.Ordinal);
        Assert.Contains("Aziz Rahimov", text, StringComparison.Ordinal);
        var stored = (await InspectionOfAsync("ADL-002"))!;
        Assert.Single(stored.Members);
    }

    private static bool ChangesAnInspection(DbContext context) =>
        context.ChangeTracker.Entries<Inspection>().Any(e => e.State == EntityState.Modified);

    private static bool AddsAnInspection(DbContext context) =>
        context.ChangeTracker.Entries<Inspection>().Any(e => e.State == EntityState.Added);

    /// <summary>The lead, from another device, adds someone: a real commit through the domain and the unit of work.</summary>
    private async Task AddAsSomeoneElseAsync(Guid inspectionId, Person person, WorkingGroupRole role)
    {
        await using var scope = Host.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var inspection = (await services.GetRequiredService<InspectionRepository>().FindAsync(inspectionId, CancellationToken.None))!;
        var official = await RegisterAsync(services, person);
        var lead = inspection.Members.Single(m => m.Roles.Contains(WorkingGroupRole.Lead)).OfficialId;
        var added = inspection.AddMember(inspection.ActorFor(lead, SystemRole.None), official.Id, [role], DateTimeOffset.UtcNow);
        Assert.True(added.IsSuccess, added.ToString());
        await services.GetRequiredService<InspectionsUnitOfWork>().CommitAsync(
            AuditEvent.By(lead, "inspection.members_add", $"inspection:{inspection.Id}", new { official.Id }, DateTimeOffset.UtcNow), CancellationToken.None);
    }

    /// <summary>Aziz, an administrator, opens the same service's inspection first.</summary>
    private async Task OpenAsSomeoneElseAsync(string serviceCode)
    {
        await using var scope = Host.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<TakomilDbContext>();
        var service = await db.Services.SingleAsync(s => s.Code == serviceCode);
        var list = await db.ServiceLists.SingleAsync(l => l.Year == 2026);
        var aziz = await RegisterAsync(services, Person.Aziz);
        var created = Inspection.Create(Actor.Global(aziz.Id, SystemRole.Administrator), Guid.NewGuid(), list, service.Id, aziz.Id, DateTimeOffset.UtcNow);
        Assert.True(created.IsSuccess, created.ToString());
        services.GetRequiredService<InspectionRepository>().Add(created.Value!);
        await services.GetRequiredService<InspectionsUnitOfWork>().CommitAsync(
            AuditEvent.By(aziz.Id, "inspection.create", $"inspection:{created.Value!.Id}", new { serviceCode }, DateTimeOffset.UtcNow), CancellationToken.None);
    }

    private static async Task<Official> RegisterAsync(IServiceProvider services, Person person)
    {
        var catalog = services.GetRequiredService<CatalogRepository>();
        var agency = (await catalog.FindAgencyByCodeAsync("ADLIYA", CancellationToken.None))!;
        var official = new Official(Guid.NewGuid(), person.Id, Guid.Parse(person.AadObjectId), person.Name, agency.Id, "Bosh mutaxassis", UiLanguage.UzLatn);
        catalog.Add(official);
        return official;
    }

    private async Task<bool> OfficialExistsAsync(Person person)
    {
        await using var scope = Host.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TakomilDbContext>().Officials.AnyAsync(o => o.TeamsUserId == person.Id);
    }
}

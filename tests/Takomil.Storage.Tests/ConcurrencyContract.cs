using Microsoft.EntityFrameworkCore;
using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;
using Takomil.Storage.Inspections;
using Takomil.Storage.Tests.Infrastructure;

namespace Takomil.Storage.Tests;

/// <summary>Two people editing one aggregate at once: the first save wins, the second gets a clear conflict.</summary>
public abstract class ConcurrencyContract
{
    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [StorageFact]
    public async Task Inspection_TwoConcurrentEdits_FirstWinsSecondGetsConflict()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await World.SeedAsync(database);
        await using var alice = database.CreateContext();
        await using var bob = database.CreateContext();
        var forAlice = (await new InspectionRepository(alice).FindAsync(w.InspectionId, default))!;
        var forBob = (await new InspectionRepository(bob).FindAsync(w.InspectionId, default))!;

        World.Ok(forAlice.Fire(forAlice.ActorFor(w.Lead, SystemRole.None), InspectionTrigger.Suspend, TransitionEvidence.Because("law pending"), World.Now));
        World.Ok(forBob.Fire(forBob.ActorFor(w.Ministry, SystemRole.MinistryLead), InspectionTrigger.Suspend, TransitionEvidence.Because("other reason"), World.Now));
        await TestDatabase.UnitOfWork(alice).CommitAsync(World.Audit(w.Lead, "inspection.suspend"), default);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => TestDatabase.UnitOfWork(bob).CommitAsync(World.Audit(w.Ministry, "inspection.suspend"), default));

        Assert.Contains($"Inspection:{w.InspectionId}", conflict.Aggregates);
        await using var read = database.CreateContext();
        var stored = (await new InspectionRepository(read).FindAsync(w.InspectionId, default))!;
        Assert.Equal(("law pending", 2), (stored.History[^1].Reason, stored.Version));
        Assert.Equal(2, await read.AuditEntries.CountAsync());
    }

    [StorageFact]
    public async Task Inspection_OneEditsMembersOtherThePlan_OwnedRowChangeStillConflicts()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await World.SeedAsync(database);
        await using var alice = database.CreateContext();
        await using var bob = database.CreateContext();
        var forAlice = (await new InspectionRepository(alice).FindAsync(w.InspectionId, default))!;
        var forBob = (await new InspectionRepository(bob).FindAsync(w.InspectionId, default))!;

        World.Ok(forAlice.AddMember(forAlice.ActorFor(w.Lead, SystemRole.None), Guid.NewGuid(), [WorkingGroupRole.Interviewee], World.Now));
        World.Ok(forBob.PutPlanItem(forBob.ActorFor(w.Member, SystemRole.None), new PlanItem(Guid.NewGuid(), 1, Measure.ChangeProcedures,
            "x", null, null, false, PlanItemStatus.Planned, null, World.EditBy(w.Member))));
        await TestDatabase.UnitOfWork(alice).CommitAsync(World.Audit(w.Lead, "wg.add"), default);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => TestDatabase.UnitOfWork(bob).CommitAsync(World.Audit(w.Member, "plan.put"), default));

        await using var read = database.CreateContext();
        var stored = (await new InspectionRepository(read).FindAsync(w.InspectionId, default))!;
        Assert.Equal(6, stored.Members.Count);
        Assert.Empty(stored.PlanItems);
    }

    [StorageFact]
    public async Task FactSheet_TwoConcurrentEdits_SecondGetsConflict()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await World.SeedAsync(database);
        await using var alice = database.CreateContext();
        await using var bob = database.CreateContext();
        var inspection = (await new InspectionRepository(alice).FindAsync(w.InspectionId, default))!;
        var member = inspection.ActorFor(w.Member, SystemRole.None);
        var forAlice = (await new FactSheetRepository(alice).FindAsync(w.InspectionId, default))!;
        var forBob = (await new FactSheetRepository(bob).FindAsync(w.InspectionId, default))!;

        World.Ok(forAlice.Set(member, new AppealsAnalysis(3, [new AppealTopic("fees", 3)], World.EditBy(w.Member))));
        World.Ok(forBob.Set(member, new AppealsAnalysis(9, [new AppealTopic("queues", 9)], World.EditBy(w.Member))));
        await TestDatabase.UnitOfWork(alice).CommitAsync(World.Audit(w.Member, "facts.appeals"), default);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => TestDatabase.UnitOfWork(bob).CommitAsync(World.Audit(w.Member, "facts.appeals"), default));

        await using var read = database.CreateContext();
        Assert.Equal(3, (await new FactSheetRepository(read).FindAsync(w.InspectionId, default))!.Appeals!.Count);
    }

    [StorageFact]
    public async Task ServiceList_TwoConcurrentEntryEdits_SecondGetsConflict()
    {
        await using var database = await CreateDatabaseAsync();
        var w = await World.SeedAsync(database);
        var ministry = Actor.Global(w.Ministry, SystemRole.MinistryLead);
        await using (var setup = database.CreateContext())
        {
            new ServiceListRepository(setup).Add(new Domain.Services.ServiceList(Guid.NewGuid(), 2026));
            await TestDatabase.UnitOfWork(setup).CommitAsync(World.Audit(w.Ministry, "list.create"), default);
        }
        await using var alice = database.CreateContext();
        await using var bob = database.CreateContext();
        var forAlice = (await new ServiceListRepository(alice).FindByYearAsync(2026, default))!;
        var forBob = (await new ServiceListRepository(bob).FindByYearAsync(2026, default))!;

        World.Ok(forAlice.Add(ministry, w.ServiceId, new DateOnly(2026, 4, 1)));
        World.Ok(forBob.Add(ministry, w.ServiceId, new DateOnly(2026, 8, 1)));
        await TestDatabase.UnitOfWork(alice).CommitAsync(World.Audit(w.Ministry, "list.add"), default);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => TestDatabase.UnitOfWork(bob).CommitAsync(World.Audit(w.Ministry, "list.add"), default));

        await using var read = database.CreateContext();
        var stored = (await new ServiceListRepository(read).FindByYearAsync(2026, default))!;
        Assert.Equal(new DateOnly(2026, 4, 1), Assert.Single(stored.Entries).InspectionDeadline);
    }
}

public sealed class SqliteConcurrencyTests : ConcurrencyContract
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await SqliteTestDatabase.CreateAsync();
}

[RequiresPostgres]
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresConcurrencyTests(PostgresServer server) : ConcurrencyContract
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}

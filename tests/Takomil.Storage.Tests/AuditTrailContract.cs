using Microsoft.EntityFrameworkCore;
using Takomil.Domain.Agencies;
using Takomil.Domain.Audit;
using Takomil.Domain.Common;
using Takomil.Storage.Inspections;
using Takomil.Storage.Tests.Infrastructure;

namespace Takomil.Storage.Tests;

public abstract class AuditTrailContract
{
    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    private static async Task<Guid> CommitAgenciesAsync(TestDatabase database, int count)
    {
        var actor = Guid.NewGuid();
        for (var i = 0; i < count; i++)
        {
            await using var db = database.CreateContext();
            new CatalogRepository(db).Add(new Agency(Guid.NewGuid(), $"AG-{Guid.NewGuid():N}", new LocalizedText($"Agency {i}", null, null, null)));
            await TestDatabase.UnitOfWork(db).CommitAsync(AuditEvent.By(actor, "agency.add", $"agency:{i}", new { i, note = "ok" }, TestDatabase.Now), default);
        }
        return actor;
    }

    [StorageFact]
    public async Task Verify_AfterSeveralCommits_IntactAndLinked()
    {
        await using var database = await CreateDatabaseAsync();
        var actor = await CommitAgenciesAsync(database, 4);
        await using var db = database.CreateContext();

        var result = await new AuditTrail(db).VerifyAsync(default);

        Assert.True(result.IsIntact);
        Assert.Equal(4, result.EntriesChecked);
        var third = Assert.Single(await new AuditTrail(db).ForSubjectAsync("agency:2", default));
        Assert.Equal((3L, $"official:{actor}", """{"i":2,"note":"ok"}"""), (third.Sequence, third.Actor, third.PayloadJson));
    }

    [StorageFact]
    public async Task Verify_PayloadEditedInTheDatabase_NamesThatEntry()
    {
        await using var database = await CreateDatabaseAsync();
        await CommitAgenciesAsync(database, 4);
        await using var db = database.CreateContext();
        await db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET \"PayloadJson\" = {0} WHERE \"Sequence\" = 2", "{\"i\":9}");

        var result = await new AuditTrail(db).VerifyAsync(default);

        Assert.Equal((false, 2L, AuditFault.HashMismatch), (result.IsIntact, result.FirstBadSequence, result.Fault));
    }

    [StorageFact]
    public async Task Verify_EntryDeletedInTheDatabase_NamesTheEntryAfterTheGap()
    {
        await using var database = await CreateDatabaseAsync();
        await CommitAgenciesAsync(database, 4);
        await using var db = database.CreateContext();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries WHERE \"Sequence\" = 3");

        var result = await new AuditTrail(db).VerifyAsync(default);

        Assert.Equal((4L, AuditFault.SequenceGap), (result.FirstBadSequence, result.Fault));
    }

    [StorageFact]
    public async Task Commit_ParallelWritersOnSeparateContexts_ChainStaysIntact()
    {
        await using var database = await CreateDatabaseAsync();
        await CommitAgenciesAsync(database, 1);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => CommitAgenciesAsync(database, 5))));

        await using var db = database.CreateContext();
        var result = await new AuditTrail(db).VerifyAsync(default);
        Assert.True(result.IsIntact, $"broken at {result.FirstBadSequence}: {result.Fault}");
        Assert.Equal(21, result.EntriesChecked);
        Assert.Equal(21, await db.Agencies.CountAsync());
    }

    [StorageFact]
    public async Task Verify_InstantWithMicroseconds_SurvivesTheRoundTripAndVerifies()
    {
        await using var database = await CreateDatabaseAsync();
        // 123.4567 ms past the second: finer than 0.1 ms, where a lossy date conversion would change the hashed time.
        var at = TestDatabase.Now.AddTicks(1_234_567);
        await using (var db = database.CreateContext())
        {
            new CatalogRepository(db).Add(new Agency(Guid.NewGuid(), "AG-1", new LocalizedText("Agency", null, null, null)));
            await TestDatabase.UnitOfWork(db).CommitAsync(AuditEvent.By(Guid.NewGuid(), "agency.add", "agency:1", new { }, at), default);
        }

        await using var read = database.CreateContext();
        var entry = await read.AuditEntries.SingleAsync();
        var result = await new AuditTrail(read).VerifyAsync(default);

        Assert.Equal(Moments.Normalize(at), entry.At);
        Assert.True(result.IsIntact, $"broken at {result.FirstBadSequence}: {result.Fault}");
    }

    [StorageFact]
    public async Task Verify_EmptyTrail_Intact()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = database.CreateContext();
        var result = await new AuditTrail(db).VerifyAsync(default);
        Assert.Equal((true, 0L), (result.IsIntact, result.EntriesChecked));
    }
}

public sealed class SqliteAuditTrailTests : AuditTrailContract
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await SqliteTestDatabase.CreateAsync();
}

[RequiresPostgres]
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresAuditTrailTests(PostgresServer server) : AuditTrailContract
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}

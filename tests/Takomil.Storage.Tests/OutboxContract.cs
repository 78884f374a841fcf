using Microsoft.EntityFrameworkCore;
using Takomil.Protocol.Storage;
using Takomil.Storage.Protocol;
using Takomil.Storage.Tests.Infrastructure;

namespace Takomil.Storage.Tests;

/// <summary>The durable retry queue: due items are leased to one instance, then sent, rescheduled or dead-lettered.</summary>
public abstract class OutboxContract
{
    private static readonly DateTimeOffset T0 = TestDatabase.Now;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    private static OutboxItem Item(int n, DateTimeOffset? due = null) =>
        new(Guid.NewGuid(), n % 2 == 0 ? OutboxOperation.Send : OutboxOperation.Update, $"a:chat-{n}", $$"""{"type":"message","text":"{{n}}"}""",
            n % 2 == 0 ? null : $"activity-{n}", 0, T0.AddSeconds(n), due ?? T0);

    private static async Task EnqueueAsync(TestDatabase database, params OutboxItem[] items)
    {
        await using var db = database.CreateContext();
        foreach (var item in items) await new EfOutbox(db).EnqueueAsync(item, default);
    }

    private static async Task<IReadOnlyList<OutboxItem>> ClaimAsync(TestDatabase database, DateTimeOffset now, int max = 50)
    {
        await using var db = database.CreateContext();
        return await new EfOutbox(db).ClaimDueAsync(max, now, Lease, default);
    }

    [StorageFact]
    public async Task ClaimDue_DueAndNotYetDue_OldestDueFirstUpToMax()
    {
        await using var database = await CreateDatabaseAsync();
        var later = Item(0, due: T0.AddMinutes(10));
        var items = new[] { Item(3), Item(1), Item(2) };
        await EnqueueAsync(database, [later, .. items]);

        var claimed = await ClaimAsync(database, T0, max: 2);

        Assert.Equal(new[] { items[1], items[2] }, claimed);
    }

    [StorageFact]
    public async Task ClaimDue_ItemLeased_NotClaimedAgainUntilTheLeaseEnds()
    {
        await using var database = await CreateDatabaseAsync();
        var item = Item(1);
        await EnqueueAsync(database, item);

        Assert.Equal(new[] { item }, await ClaimAsync(database, T0));
        Assert.Empty(await ClaimAsync(database, T0 + Lease - TimeSpan.FromTicks(10)));
        Assert.Equal(new[] { item }, await ClaimAsync(database, T0 + Lease));
    }

    [StorageFact]
    public async Task ClaimDue_TwoInstancesAtOnce_GetDisjointItemsCoveringAll()
    {
        await using var database = await CreateDatabaseAsync();
        var items = Enumerable.Range(1, 30).Select(n => Item(n)).ToArray();
        await EnqueueAsync(database, items);

        var batches = await database.OnSeparateContextsAsync(2, (db, _) => new EfOutbox(db).ClaimDueAsync(30, T0, Lease, default));

        var ids = batches.SelectMany(b => b).Select(i => i.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(items.Select(i => i.Id).Order(), ids.Order());
    }

    [StorageFact]
    public async Task MarkSent_AfterClaim_NeverClaimedAgain()
    {
        await using var database = await CreateDatabaseAsync();
        var item = Item(1);
        await EnqueueAsync(database, item);
        await ClaimAsync(database, T0);

        await using (var db = database.CreateContext()) await new EfOutbox(db).MarkSentAsync(item.Id, default);

        Assert.Empty(await ClaimAsync(database, T0.AddDays(1)));
        await using var read = database.CreateContext();
        var row = await read.Outbox.SingleAsync();
        Assert.Equal((1, false), (row.Attempts, row.DeadLettered));
        Assert.NotNull(row.SentAt);
    }

    [StorageFact]
    public async Task MarkFailed_WithNextAttempt_ReleasesTheLeaseAndWaitsUntilThen()
    {
        await using var database = await CreateDatabaseAsync();
        var item = Item(1);
        await EnqueueAsync(database, item);
        await ClaimAsync(database, T0);
        var next = T0.AddSeconds(30);

        await using (var db = database.CreateContext()) await new EfOutbox(db).MarkFailedAsync(item.Id, "503 from the connector", next, default);

        Assert.Empty(await ClaimAsync(database, next.AddTicks(-10)));
        var retried = Assert.Single(await ClaimAsync(database, next));
        Assert.Equal(item with { Attempts = 1, NextAttemptAt = next }, retried);
    }

    [StorageFact]
    public async Task MarkFailed_WithoutNextAttempt_DeadLettersWithTheReason()
    {
        await using var database = await CreateDatabaseAsync();
        var item = Item(1);
        await EnqueueAsync(database, item);
        await ClaimAsync(database, T0);

        await using (var db = database.CreateContext())
        {
            await new EfOutbox(db).MarkFailedAsync(item.Id, new string('x', 2500), null, default);
        }

        Assert.Empty(await ClaimAsync(database, T0.AddYears(1)));
        await using var read = database.CreateContext();
        var row = await read.Outbox.SingleAsync();
        Assert.Equal((true, 1, 2000), (row.DeadLettered, row.Attempts, row.LastError?.Length));
    }
}

public sealed class SqliteOutboxTests : OutboxContract
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await SqliteTestDatabase.CreateAsync();
}

[RequiresPostgres]
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresOutboxTests(PostgresServer server) : OutboxContract
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}

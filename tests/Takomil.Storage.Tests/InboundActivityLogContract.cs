using Takomil.Storage.Protocol;
using Takomil.Storage.Tests.Infrastructure;

namespace Takomil.Storage.Tests;

/// <summary>Channels retry: an activity id is handled once, and a retried invoke gets the same answer.</summary>
public abstract class InboundActivityLogContract
{
    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    private static EfInboundActivityLog Log(TakomilDbContext db) => new(db, new ManualTimeProvider(TestDatabase.Now));

    [StorageFact]
    public async Task TryClaim_SameKeyTwice_FirstOnlyTheFirstTime()
    {
        await using var database = await CreateDatabaseAsync();
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();

        var one = await Log(first).TryClaimAsync("msteams:a:1:act-1", default);
        var two = await Log(second).TryClaimAsync("msteams:a:1:act-1", default);
        var other = await Log(second).TryClaimAsync("msteams:a:1:act-2", default);

        Assert.Equal(new(true, null, null), one);
        Assert.Equal(new(false, null, null), two);
        Assert.True(other.IsFirst);
    }

    [StorageFact]
    public async Task TryClaim_AfterInvokeCompleted_ReturnsTheStoredAnswer()
    {
        await using var database = await CreateDatabaseAsync();
        await using (var db = database.CreateContext())
        {
            var log = Log(db);
            Assert.True((await log.TryClaimAsync("invoke-1", default)).IsFirst);
            await log.CompleteAsync("invoke-1", 200, """{"statusCode":200}""", default);
        }
        await using var retry = database.CreateContext();

        var claim = await Log(retry).TryClaimAsync("invoke-1", default);

        Assert.Equal(new(false, 200, """{"statusCode":200}"""), claim);
    }

    [StorageFact]
    public async Task Complete_WithoutStatus_KeepsNoAnswer()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = database.CreateContext();
        var log = Log(db);
        await log.TryClaimAsync("message-1", default);

        await log.CompleteAsync("message-1", null, "ignored", default);

        await using var retry = database.CreateContext();
        Assert.Equal(new(false, null, null), await Log(retry).TryClaimAsync("message-1", default));
    }

    [StorageFact]
    public async Task TryClaim_ConcurrentOnSeparateContexts_ExactlyOneWins()
    {
        await using var database = await CreateDatabaseAsync();

        var claims = await database.OnSeparateContextsAsync(8, (db, _) => Log(db).TryClaimAsync("msteams:a:1:act-9", default));

        Assert.Single(claims, c => c.IsFirst);
        Assert.Equal(7, claims.Count(c => !c.IsFirst));
    }
}

public sealed class SqliteInboundActivityLogTests : InboundActivityLogContract
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await SqliteTestDatabase.CreateAsync();
}

[RequiresPostgres]
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresInboundActivityLogTests(PostgresServer server) : InboundActivityLogContract
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}

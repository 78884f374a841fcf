using Microsoft.EntityFrameworkCore;
using Takomil.Protocol.Activities;
using Takomil.Storage.Protocol;
using Takomil.Storage.Tests.Infrastructure;

namespace Takomil.Storage.Tests;

/// <summary>References kept to message people later, and the serviceUrls the bot may send its token to.</summary>
public abstract class ConversationReferenceStoreContract
{
    private const string Emea = "https://smba.trafficmanager.net/emea/";

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    private static EfConversationReferenceStore Store(TakomilDbContext db, TimeProvider? time = null) =>
        new(db, time ?? new ManualTimeProvider(TestDatabase.Now));

    private static ConversationReference Reference(string conversationId, string? userId, string conversationType, string serviceUrl = Emea) => new()
    {
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        Locale = "uz-Latn-UZ",
        User = new ChannelAccount { Id = userId, AadObjectId = $"aad-{userId}", Name = "Dilnoza" },
        Bot = new ChannelAccount { Id = "28:takomil", Name = "Takomil" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = conversationType, TenantId = "tenant-1" },
    };

    [StorageFact]
    public async Task Save_ThenFindByConversation_ReturnsTheReference()
    {
        await using var database = await CreateDatabaseAsync();
        await using (var db = database.CreateContext())
        {
            await Store(db).SaveAsync(Reference("a:chat-1", "29:user-1", ConversationTypes.Personal), default);
        }

        await using var read = database.CreateContext();
        var found = await Store(read).FindByConversationAsync("a:chat-1", default);

        Assert.NotNull(found);
        Assert.Equal((Emea, "msteams", "uz-Latn-UZ"), (found.ServiceUrl, found.ChannelId, found.Locale));
        Assert.Equal(("29:user-1", "aad-29:user-1", "28:takomil"), (found.User?.Id, found.User?.AadObjectId, found.Bot?.Id));
        Assert.Equal(("a:chat-1", ConversationTypes.Personal, "tenant-1"), (found.Conversation?.Id, found.Conversation?.ConversationType, found.Conversation?.TenantId));
        Assert.Null(await Store(read).FindByConversationAsync("a:chat-2", default));
    }

    [StorageFact]
    public async Task Save_SameConversationFromANewServiceUrl_KeepsTheNewOne()
    {
        await using var database = await CreateDatabaseAsync();
        await using (var db = database.CreateContext())
        {
            await Store(db).SaveAsync(Reference("a:chat-1", "29:user-1", ConversationTypes.Personal), default);
        }
        await using (var db = database.CreateContext())
        {
            await Store(db).SaveAsync(Reference("a:chat-1", "29:user-1", ConversationTypes.Personal, "https://smba.trafficmanager.net/apac/"), default);
        }

        await using var read = database.CreateContext();
        Assert.Equal("https://smba.trafficmanager.net/apac/", (await Store(read).FindByConversationAsync("a:chat-1", default))?.ServiceUrl);
        Assert.Equal(1, await read.ConversationReferences.CountAsync());
    }

    [StorageFact]
    public async Task FindPersonalByUser_SeveralConversations_ReturnsTheLatestPersonalOne()
    {
        await using var database = await CreateDatabaseAsync();
        var time = new ManualTimeProvider(TestDatabase.Now);
        await using (var db = database.CreateContext())
        {
            var store = Store(db, time);
            await store.SaveAsync(Reference("a:personal-old", "29:user-1", ConversationTypes.Personal), default);
            time.Advance(TimeSpan.FromMinutes(5));
            await store.SaveAsync(Reference("a:personal-new", "29:user-1", ConversationTypes.Personal), default);
            time.Advance(TimeSpan.FromMinutes(5));
            await store.SaveAsync(Reference("19:group@thread.v2", "29:user-1", ConversationTypes.GroupChat), default);
            await store.SaveAsync(Reference("a:personal-other", "29:user-2", ConversationTypes.Personal), default);
        }

        await using var read = database.CreateContext();
        var store2 = Store(read);

        Assert.Equal("a:personal-new", (await store2.FindPersonalByUserAsync("29:user-1", default))?.Conversation?.Id);
        Assert.Equal("a:personal-other", (await store2.FindPersonalByUserAsync("29:user-2", default))?.Conversation?.Id);
        Assert.Null(await store2.FindPersonalByUserAsync("29:user-3", default));
    }

    [StorageFact]
    public async Task IsKnownServiceUrl_SeenWithOrWithoutTrailingSlash_Known()
    {
        await using var database = await CreateDatabaseAsync();
        await using (var db = database.CreateContext())
        {
            await Store(db).SaveAsync(Reference("a:chat-1", "29:user-1", ConversationTypes.Personal, Emea), default);
            await Store(db).SaveAsync(Reference("a:chat-2", "29:user-2", ConversationTypes.Personal, "https://smba.trafficmanager.net/amer"), default);
        }

        await using var read = database.CreateContext();
        var store = Store(read);

        Assert.True(await store.IsKnownServiceUrlAsync("https://smba.trafficmanager.net/emea/", default));
        Assert.True(await store.IsKnownServiceUrlAsync("https://smba.trafficmanager.net/emea", default));
        Assert.True(await store.IsKnownServiceUrlAsync("https://smba.trafficmanager.net/amer/", default));
        Assert.False(await store.IsKnownServiceUrlAsync("https://smba.trafficmanager.net/apac/", default));
        Assert.False(await store.IsKnownServiceUrlAsync("https://evil.example/emea/", default));
    }

    [StorageFact]
    public async Task Save_WithoutConversationId_Ignored()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = database.CreateContext();
        var reference = Reference("x", "29:user-1", ConversationTypes.Personal);
        reference.Conversation = null;

        await Store(db).SaveAsync(reference, default);

        Assert.Equal(0, await db.ConversationReferences.CountAsync());
        Assert.False(await Store(db).IsKnownServiceUrlAsync(Emea, default));
    }

    [StorageFact]
    public async Task Save_ConcurrentFirstTurnsOfOneConversation_OneRowNoError()
    {
        await using var database = await CreateDatabaseAsync();

        await database.OnSeparateContextsAsync(6, async (db, _) =>
        {
            await Store(db).SaveAsync(Reference("a:chat-1", "29:user-1", ConversationTypes.Personal), default);
            return true;
        });

        await using var read = database.CreateContext();
        Assert.Equal(1, await read.ConversationReferences.CountAsync());
        Assert.Equal("a:chat-1", (await Store(read).FindPersonalByUserAsync("29:user-1", default))?.Conversation?.Id);
    }
}

public sealed class SqliteConversationReferenceStoreTests : ConversationReferenceStoreContract
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await SqliteTestDatabase.CreateAsync();
}

[RequiresPostgres]
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresConversationReferenceStoreTests(PostgresServer server) : ConversationReferenceStoreContract
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}

using Takomil.Storage.Preferences;
using Takomil.Storage.Tests.Infrastructure;

namespace Takomil.Storage.Tests;

public abstract class UserPreferencesContract
{
    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    private static EfUserPreferences Preferences(TakomilDbContext db) => new(db, new ManualTimeProvider(TestDatabase.Now));

    [StorageFact]
    public async Task TryMarkWelcomed_ConcurrentInstallEvents_TrueExactlyOnce()
    {
        await using var database = await CreateDatabaseAsync();

        var results = await database.OnSeparateContextsAsync(8, (db, _) => Preferences(db).TryMarkWelcomedAsync("a:personal-1", default));

        Assert.Single(results, r => r);
        await using var later = database.CreateContext();
        Assert.False(await Preferences(later).TryMarkWelcomedAsync("a:personal-1", default));
        Assert.True(await Preferences(later).TryMarkWelcomedAsync("a:personal-2", default));
    }

    [StorageFact]
    public async Task SetLanguage_ThenChanged_LastChoiceIsRead()
    {
        await using var database = await CreateDatabaseAsync();
        await using (var db = database.CreateContext())
        {
            Assert.Null(await Preferences(db).GetLanguageAsync("29:user", default));
            await Preferences(db).SetLanguageAsync("29:user", "ru", default);
        }
        await using (var db = database.CreateContext())
        {
            await Preferences(db).SetLanguageAsync("29:user", "uz-Cyrl", default);
        }

        await using var read = database.CreateContext();
        Assert.Equal("uz-Cyrl", await Preferences(read).GetLanguageAsync("29:user", default));
        Assert.Null(await Preferences(read).GetLanguageAsync("29:other", default));
    }
}

public sealed class SqliteUserPreferencesTests : UserPreferencesContract
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await SqliteTestDatabase.CreateAsync();
}

[RequiresPostgres]
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresUserPreferencesTests(PostgresServer server) : UserPreferencesContract
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}

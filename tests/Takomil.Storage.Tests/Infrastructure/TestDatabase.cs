using Microsoft.EntityFrameworkCore;
using Takomil.Storage.Inspections;

namespace Takomil.Storage.Tests.Infrastructure;

/// <summary>
/// A fresh database brought up by the application's own migrations, for one test. Contexts on it are the
/// application's <see cref="TakomilDbContext"/>, configured as the host configures it, and independent (like two
/// web requests).
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    public abstract string Provider { get; }

    public abstract StorageOptions Options { get; }

    public TakomilDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<TakomilDbContext>();
        StorageServiceCollectionExtensions.Configure(options, Options);
        return new TakomilDbContext(options.Options);
    }

    public static InspectionsUnitOfWork UnitOfWork(IInspectionsDbContext context) =>
        new(context, new ManualTimeProvider(Now));

    public async Task<IReadOnlyList<string>> MigrateAsync()
    {
        await using var context = CreateContext();
        return await new DatabaseInitializer(context).InitializeAsync(CancellationToken.None);
    }

    public abstract ValueTask DisposeAsync();
}

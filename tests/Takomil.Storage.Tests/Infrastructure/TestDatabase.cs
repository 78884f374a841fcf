using Microsoft.EntityFrameworkCore;
using Takomil.Storage.Inspections;

namespace Takomil.Storage.Tests.Infrastructure;

/// <summary>A fresh, empty database with the schema, for one test; contexts on it are independent (like two web requests).</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    public abstract string Provider { get; }

    protected abstract void Configure(DbContextOptionsBuilder<TestInspectionsDbContext> options);

    public TestInspectionsDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<TestInspectionsDbContext>();
        Configure(options);
        return new TestInspectionsDbContext(options.Options);
    }

    public static InspectionsUnitOfWork UnitOfWork(IInspectionsDbContext context) =>
        new(context, new FixedTimeProvider(Now));

    public async Task InitializeAsync()
    {
        await using var context = CreateContext();
        await TestSchema.CreateAsync(context);
    }

    public abstract ValueTask DisposeAsync();

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

using Microsoft.EntityFrameworkCore;

namespace Takomil.Storage.Tests.Infrastructure;

/// <summary>
/// Creates the schema of a fresh test database. The one place to switch from EnsureCreated to
/// <c>Database.MigrateAsync()</c> once the migrations exist.
/// </summary>
public static class TestSchema
{
    public static Task CreateAsync(DbContext context) => context.Database.EnsureCreatedAsync();
}

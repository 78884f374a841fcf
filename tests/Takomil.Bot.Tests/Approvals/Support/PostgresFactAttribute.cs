using Takomil.Storage.Tests.Infrastructure;

namespace Takomil.Bot.Tests.Approvals.Support;

/// <summary>
/// A fact that needs the PostgreSQL binaries: skipped with the reason when they are missing — unless
/// TAKOMIL_REQUIRE_POSTGRES=1 (CI), where it runs and fails on the missing server.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresBinaries.TryLocate(out var reason) && !PostgresBinaries.Required) Skip = reason;
    }
}

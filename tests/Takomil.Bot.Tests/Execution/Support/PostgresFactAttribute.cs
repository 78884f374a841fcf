using Takomil.Storage.Tests.Infrastructure;

namespace Takomil.Bot.Tests.Execution.Support;

/// <summary>
/// A test that needs a real PostgreSQL server: reported as skipped, with the reason, when the binaries are missing —
/// unless TAKOMIL_REQUIRE_POSTGRES=1 (CI), where it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresBinaries.TryLocate(out var reason) && !PostgresBinaries.Required) Skip = reason;
    }
}

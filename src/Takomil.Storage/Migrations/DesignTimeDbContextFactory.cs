using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Takomil.Storage.Migrations;

/// <summary>
/// Used only by <c>dotnet ef</c>. The provider (and so the migration set) comes from <c>-- --provider PostgreSql</c>
/// after the tool's own arguments, or from TAKOMIL_EF_PROVIDER; SQLite by default. A connection string is needed
/// only for commands that touch a database (<c>database update</c>): <c>--connection</c> or TAKOMIL_EF_CONNECTION.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<TakomilDbContext>
{
    public const string ProviderVariable = "TAKOMIL_EF_PROVIDER";
    public const string ConnectionVariable = "TAKOMIL_EF_CONNECTION";

    public TakomilDbContext CreateDbContext(string[] args)
    {
        var options = OptionsFrom(args ?? [], Environment.GetEnvironmentVariable);
        var builder = new DbContextOptionsBuilder<TakomilDbContext>();
        StorageServiceCollectionExtensions.Configure(builder, options);
        return new TakomilDbContext(builder.Options);
    }

    internal static StorageOptions OptionsFrom(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        var providerName = Argument(args, "--provider") ?? environment(ProviderVariable);
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrEmpty(providerName) && !Enum.TryParse(providerName, ignoreCase: true, out provider))
        {
            throw new ArgumentException($"Unknown provider '{providerName}': use Sqlite or PostgreSql.", nameof(args));
        }
        var connection = Argument(args, "--connection") ?? environment(ConnectionVariable);
        return new StorageOptions
        {
            Provider = provider,
            // Scaffolding never opens a connection; these defaults only give the provider something to parse.
            ConnectionString = !string.IsNullOrEmpty(connection) ? connection
                : provider == DatabaseProvider.PostgreSql ? "Host=127.0.0.1;Database=takomil;Username=takomil" : "Data Source=:memory:",
        };
    }

    private static string? Argument(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (string.Equals(args[i], name, StringComparison.OrdinalIgnoreCase)) return args[i + 1];
        }
        return null;
    }
}

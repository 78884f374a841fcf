using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Takomil.Storage.Migrations;

namespace Takomil.Storage.Tests;

/// <summary>How <c>dotnet ef</c> picks the provider, and so the migration set it reads and writes.</summary>
public sealed class DesignTimeFactoryTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void OptionsFrom_Nothing_SqliteWithoutAFile()
    {
        var options = DesignTimeDbContextFactory.OptionsFrom([], NoEnvironment);

        Assert.Equal((DatabaseProvider.Sqlite, "Data Source=:memory:"), (options.Provider, options.ConnectionString));
    }

    [Fact]
    public void OptionsFrom_ArgumentAndVariable_ArgumentWins()
    {
        var environment = new Dictionary<string, string?>
        {
            [DesignTimeDbContextFactory.ProviderVariable] = "Sqlite",
            [DesignTimeDbContextFactory.ConnectionVariable] = "Host=db;Database=takomil",
        };

        var options = DesignTimeDbContextFactory.OptionsFrom(["--provider", "postgresql"], environment.GetValueOrDefault);

        Assert.Equal((DatabaseProvider.PostgreSql, "Host=db;Database=takomil"), (options.Provider, options.ConnectionString));
    }

    [Fact]
    public void OptionsFrom_UnknownProvider_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() => DesignTimeDbContextFactory.OptionsFrom(["--provider", "mysql"], NoEnvironment));

        Assert.Contains("mysql", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sqlite", MigrationSets.SqliteNamespace)]
    [InlineData("PostgreSql", MigrationSets.PostgreSqlNamespace)]
    public void CreateDbContext_ForAProvider_SeesOnlyThatProvidersMigrationsAndSnapshot(string provider, string expectedNamespace)
    {
        using var db = new DesignTimeDbContextFactory().CreateDbContext(["--provider", provider]);
        var migrations = db.GetService<IMigrationsAssembly>();

        Assert.NotEmpty(migrations.Migrations);
        Assert.All(migrations.Migrations.Values, type => Assert.Equal(expectedNamespace, type.Namespace));
        Assert.Equal(expectedNamespace, migrations.ModelSnapshot?.GetType().Namespace);
        Assert.NotNull(migrations.FindMigrationId("Initial"));
        Assert.False(db.Database.HasPendingModelChanges());
    }
}

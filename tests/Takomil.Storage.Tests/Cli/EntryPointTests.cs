using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Takomil.Bot.Cli;
using Takomil.Storage.Tests.Infrastructure;

namespace Takomil.Storage.Tests.Cli;

/// <summary>
/// <c>dotnet Takomil.Bot.dll migrate</c> and <c>… verify-audit</c> through the host's real entry point: the command
/// runs, sets the exit code and returns instead of starting the web server.
/// </summary>
[Collection(ProcessExitCode.Name)]
public sealed class EntryPointTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("takomil-cli-").FullName;

    private string DatabaseArgument => $"--Database:ConnectionString=Data Source={Path.Combine(_folder, "takomil.db")};Pooling=False";

    private static async Task<int> RunProgramAsync(params string[] args)
    {
        var entryPoint = typeof(Program).Assembly.EntryPoint ?? throw new InvalidOperationException("Takomil.Bot has no entry point.");
        Environment.ExitCode = 0;
        try
        {
            // A command returns once done; were it ignored, the web host would start and never return: fail instead of hanging.
            await Task.Run(() => entryPoint.Invoke(null, [args])).WaitAsync(TimeSpan.FromMinutes(2));
            return Environment.ExitCode;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
        finally
        {
            Environment.ExitCode = 0; // never leak into the test run's own exit code
        }
    }

    [Fact]
    public async Task Main_MigrateThenVerifyAudit_MigratesThenReportsEachChainState()
    {
        var quiet = "--Logging:LogLevel:Default=Warning";

        Assert.Equal(ExitCodes.Ok, await RunProgramAsync(HostCommands.Migrate, DatabaseArgument, quiet));
        Assert.Equal(ExitCodes.Ok, await RunProgramAsync(HostCommands.VerifyAudit, DatabaseArgument, quiet));

        var database = new SqliteFileDatabase(Path.Combine(_folder, "takomil.db"));
        await using (var db = database.CreateContext())
        {
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            await World.SeedAsync(database);
            await db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET \"Subject\" = 'forged' WHERE \"Sequence\" = 1");
        }
        Assert.Equal(ExitCodes.AuditBroken, await RunProgramAsync(HostCommands.VerifyAudit, DatabaseArgument, quiet));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>A SQLite file the program under test created; the test only opens it.</summary>
    private sealed class SqliteFileDatabase(string path) : TestDatabase
    {
        public override string Provider => "sqlite";

        public override StorageOptions Options => new() { ConnectionString = $"Data Source={path};Pooling=False" };

        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>Tests that set the process exit code run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessExitCode
{
    public const string Name = "process exit code";
}

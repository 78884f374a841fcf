using Microsoft.Extensions.Options;
using Takomil.Storage;

namespace Takomil.Bot.Cli;

/// <summary><c>migrate</c>: applies the configured provider's pending migrations, then exits (production's way).</summary>
public sealed class MigrateCommand(DatabaseInitializer initializer, IOptions<StorageOptions> options)
{
    public async Task<int> RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var provider = options.Value.Provider;
        var applied = await initializer.InitializeAsync(cancellationToken).ConfigureAwait(false);
        if (applied.Count == 0)
        {
            await output.WriteLineAsync($"Database ({provider}) is up to date: no migration to apply.").ConfigureAwait(false);
        }
        else
        {
            await output.WriteLineAsync($"Database ({provider}): applied {applied.Count} migration(s):").ConfigureAwait(false);
            foreach (var id in applied) await output.WriteLineAsync($"  {id}").ConfigureAwait(false);
        }
        return ExitCodes.Ok;
    }
}

namespace Takomil.Bot.Cli;

public static class CommandLineExtensions
{
    /// <summary>
    /// In Program.cs, after <c>Build()</c>: <c>if (await app.RunCommandAsync(args)) return;</c>. Runs the maintenance
    /// command named by the first argument, sets the process exit code and returns true; false lets the web host run.
    /// </summary>
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        var exitCode = await HostCommands.TryRunAsync(app.Services, args, Console.Out, Console.Error, CancellationToken.None).ConfigureAwait(false);
        if (exitCode is null) return false;
        Environment.ExitCode = exitCode.Value;
        return true;
    }
}

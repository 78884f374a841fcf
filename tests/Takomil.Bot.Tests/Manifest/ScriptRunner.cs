using System.Diagnostics;

namespace Takomil.Bot.Tests.Manifest;

/// <summary>The outcome of one run of a repository script.</summary>
internal sealed record ScriptResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs a repository script (bash or python3) from the repository root and captures its output.</summary>
internal static class ScriptRunner
{
    // A guard against a hung child process, not a performance expectation.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    /// <param name="clear">Variables removed from the inherited environment so the machine cannot change a test.</param>
    public static async Task<ScriptResult> RunAsync(
        string program,
        IEnumerable<string> args,
        IReadOnlyDictionary<string, string>? environment = null,
        IEnumerable<string>? clear = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoLayout.RepoRoot,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in clear ?? [])
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(HangGuard);
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ScriptResult(process.ExitCode, (await stdout).Trim(), await stderr);
    }

    public static bool IsOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, tool)));
}

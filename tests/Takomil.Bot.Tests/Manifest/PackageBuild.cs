using System.IO.Compression;

namespace Takomil.Bot.Tests.Manifest;

/// <summary>One run of the real manifests/build-package.sh into a private temporary folder.</summary>
internal sealed class PackageBuild : IDisposable
{
    public const string ZipName = "takomil-teams-app.zip";

    // Variables the script reads: cleared so the machine's environment cannot change a test.
    private static readonly string[] ScriptVariables =
        ["MICROSOFT_APP_ID", "TEAMS_APP_ID", "TAKOMIL_PACKAGE_OUT", "TAKOMIL_PACKAGE_ZIPPER"];

    private PackageBuild(string outDir, ScriptResult result)
    {
        OutDir = outDir;
        Result = result;
    }

    public string OutDir { get; }

    public ScriptResult Result { get; }

    public string ZipPath => Path.Combine(OutDir, ZipName);

    /// <summary>Runs the script with <paramref name="args"/>, the given environment and <c>--out-dir</c> last.</summary>
    public static async Task<PackageBuild> RunAsync(
        IEnumerable<string>? args = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var outDir = Path.Combine(Path.GetTempPath(), "takomil-manifest-" + Guid.NewGuid().ToString("N"));
        var allArgs = new List<string> { RepoLayout.BuildScript };
        allArgs.AddRange(args ?? []);
        allArgs.AddRange(["--out-dir", outDir]);
        var result = await ScriptRunner.RunAsync("bash", allArgs, environment, ScriptVariables);
        return new PackageBuild(outDir, result);
    }

    /// <summary>A successful build with the script's defaults; fails the test with the script's output otherwise.</summary>
    public static async Task<PackageBuild> BuildAsync(
        IEnumerable<string>? args = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var build = await RunAsync(args, environment);
        Assert.True(build.Result.ExitCode == 0, $"build-package.sh exited {build.Result.ExitCode}:\n{build.Result.Stderr}");
        return build;
    }

    public string ReadEntryText(string name)
    {
        using var reader = new StreamReader(new MemoryStream(ReadEntryBytes(name)));
        return reader.ReadToEnd();
    }

    public byte[] ReadEntryBytes(string name)
    {
        using var zip = ZipFile.OpenRead(ZipPath);
        var entry = zip.GetEntry(name) ?? throw new InvalidOperationException($"No {name} in the package.");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public IReadOnlyList<string> EntryNames()
    {
        using var zip = ZipFile.OpenRead(ZipPath);
        return zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();
    }

    public void Dispose()
    {
        if (Directory.Exists(OutDir))
        {
            Directory.Delete(OutDir, recursive: true);
        }
    }
}

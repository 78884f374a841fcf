using Microsoft.Extensions.Options;
using Takomil.Interviews;

namespace Takomil.Bot.Interviews;

/// <summary>
/// The interview scripts of the dialogs folder, loaded and validated once (at start-up, by
/// <see cref="ScriptCatalogStartup"/>): a bad script stops the start with every problem listed.
/// </summary>
public sealed class ScriptCatalog
{
    private readonly Lazy<ScriptLibrary> _library;

    public ScriptCatalog(IOptions<InterviewOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var path = options.Value.DialogsPath;
        _library = new Lazy<ScriptLibrary>(() => ScriptLibrary.Load(Resolve(path, environment.ContentRootPath)));
    }

    public IReadOnlyList<InterviewScript> Scripts => _library.Value.Scripts;

    public InterviewScript? Find(string? id) => id is null ? null : _library.Value.Find(id);

    /// <summary>The scripts a word names: its id, or one of its aliases (any case, any of the four languages).</summary>
    public IReadOnlyList<InterviewScript> Matching(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = Fold(word);
        if (w.Length == 0) return [];
        var byId = Scripts.Where(s => Fold(s.Id) == w).ToList();
        return byId.Count > 0 ? byId : [.. Scripts.Where(s => s.Aliases.Any(a => Fold(a) == w))];
    }

    private static string Fold(string text) =>
        text.Trim().Trim('.', ',', ';', ':', '!', '?').ToLowerInvariant().Replace('ʻ', '\'').Replace('‘', '\'').Replace('’', '\'').Replace('`', '\'');

    private static string Resolve(string path, string contentRoot)
    {
        if (Path.IsPathRooted(path))
        {
            return Directory.Exists(path) ? path : throw new DirectoryNotFoundException($"{InterviewOptions.SectionName}:DialogsPath '{path}' does not exist.");
        }
        return new[] { contentRoot, AppContext.BaseDirectory }
            .Select(root => Path.GetFullPath(Path.Combine(root, path)))
            .FirstOrDefault(Directory.Exists)
            ?? throw new DirectoryNotFoundException($"{InterviewOptions.SectionName}:DialogsPath '{path}' was found neither under {contentRoot} nor under {AppContext.BaseDirectory}.");
    }
}

/// <summary>Loads the scripts while the host starts, so a broken script never reaches a user.</summary>
public sealed class ScriptCatalogStartup(ScriptCatalog catalog) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = catalog.Scripts;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

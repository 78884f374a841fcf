using System.Text.Json;
using Microsoft.Playwright;
using Takomil.Testing;
using Takomil.Testing.Rendering;

namespace Takomil.Documents.Tests.Support;

/// <summary>What bpmn-js made of one BPMN file: import warnings (or the error), the elements it drew with a visible box, and a screenshot.</summary>
internal sealed record BpmnImport(string? Error, IReadOnlyList<string> Warnings, IReadOnlyList<string> Drawn, string ScreenshotPath);

/// <summary>
/// Imports BPMN into the pinned bpmn-js viewer (tests/js/node_modules/bpmn-js) in Debian's headless Chromium and
/// reports what it did. The page loads local files only; every network request is aborted.
/// </summary>
internal static class BpmnJsViewer
{
    private const string Dist = "tests/js/node_modules/bpmn-js/dist";

    private static readonly Lazy<string?> Missing = new(FindMissing);

    public static string? MissingReason => Missing.Value;

    public static string ScreenshotsDirectory => Path.Combine(AppContext.BaseDirectory, "diagram-screenshots");

    private static string DistDirectory => Path.Combine(TestAssets.RepositoryRoot ?? ".", Dist);

    public static async Task<BpmnImport> ImportAsync(string name, string xml, int width, int height)
    {
        if (MissingReason is { } reason) throw new InvalidOperationException("bpmn-js viewer unavailable: " + reason);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright, RendererEnvironment.ChromiumPath!);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = 1,
        });
        await context.RouteAsync(url => !url.StartsWith("file:", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("data:", StringComparison.OrdinalIgnoreCase), route => route.AbortAsync());
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, m) => { if (m.Type is "error" or "warning") console.Add(m.Text); };
        page.PageError += (_, e) => console.Add(e);
        await page.SetContentAsync($"<!doctype html><html><body style=\"margin:0;background:#fff\"><div id=\"canvas\" style=\"width:{width}px;height:{height}px\"></div></body></html>");
        await page.AddStyleTagAsync(new PageAddStyleTagOptions { Path = Path.Combine(DistDirectory, "assets", "diagram-js.css") });
        await page.AddStyleTagAsync(new PageAddStyleTagOptions { Path = Path.Combine(DistDirectory, "assets", "bpmn-js.css") });
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(DistDirectory, "bpmn-viewer.production.min.js") });
        var raw = await page.EvaluateAsync<string>(
            """
            async (xml) => {
              const viewer = new BpmnJS({ container: '#canvas' });
              try {
                const result = await viewer.importXML(xml);
                viewer.get('canvas').zoom('fit-viewport');
                const registry = viewer.get('elementRegistry');
                const drawn = registry.getAll().filter(e => {
                  const r = registry.getGraphics(e).getBoundingClientRect();
                  return r.width > 0 || r.height > 0;
                }).map(e => e.id);
                return JSON.stringify({ error: null, warnings: result.warnings.map(w => w.message), drawn });
              } catch (err) {
                return JSON.stringify({ error: String(err), warnings: (err.warnings || []).map(w => w.message), drawn: [] });
              }
            }
            """, xml);
        Directory.CreateDirectory(ScreenshotsDirectory);
        var file = Path.Combine(ScreenshotsDirectory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        using var doc = JsonDocument.Parse(raw);
        var root = doc.RootElement;
        var warnings = root.GetProperty("warnings").EnumerateArray().Select(w => w.GetString() ?? string.Empty).Concat(console).ToList();
        var error = root.GetProperty("error").GetString();
        return new BpmnImport(error, warnings, [.. root.GetProperty("drawn").EnumerateArray().Select(e => e.GetString() ?? string.Empty)], file);
    }

    private static string? FindMissing()
    {
        if (RendererEnvironment.ChromiumPath is null) return "Chromium not found (apt-get install -y chromium, or set " + RendererEnvironment.ChromiumVariable + ")";
        if (TestAssets.RepositoryRoot is null) return "repository root not found: " + TestAssets.RepositoryReason;
        var script = Path.Combine(DistDirectory, "bpmn-viewer.production.min.js");
        return File.Exists(script) ? null : script + " missing (run npm ci in tests/js)";
    }
}

/// <summary>A fact skipped, with the reason, when Chromium or bpmn-js is missing locally; required when TAKOMIL_REQUIRE_E2E=1 (CI).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class BpmnViewerFactAttribute : FactAttribute
{
    public BpmnViewerFactAttribute()
    {
        if (BpmnJsViewer.MissingReason is { } reason && !RendererEnvironment.Required)
        {
            Skip = "bpmn-js viewer unavailable: " + reason;
        }
    }
}

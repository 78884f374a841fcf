namespace Takomil.Testing.Rendering;

/// <summary>One event the official renderer reported: parse, validate, render or console.</summary>
public sealed record RenderEvent(string Phase, string Event, string Message)
{
    public override string ToString() => $"[{Phase}] {Event}: {Message}";
}

/// <summary>
/// The outcome of rendering one card: every event (none for a good card), its screenshot, its
/// height in CSS pixels and the HTML the renderer produced (to check how text came out).
/// </summary>
public sealed record CardRenderResult(string Name, IReadOnlyList<RenderEvent> Events, string ScreenshotPath, int RenderedHeight, string RenderedHtml)
{
    public bool IsClean => Events.Count == 0;

    /// <summary>Short, so assertion messages do not drown in the rendered HTML.</summary>
    public override string ToString() => $"{Name} ({Events.Count} events)";

    public string Describe() => Events.Count == 0
        ? $"{Name}: clean ({ScreenshotPath})"
        : $"{Name}:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", Events);
}

/// <summary>How to render.</summary>
public sealed record RenderOptions
{
    public static RenderOptions Default { get; } = new();

    /// <summary>Simulates a client older than 1.4: Action.Execute is unknown, so its fallback is used.</summary>
    public bool WithoutActionExecute { get; init; }
}

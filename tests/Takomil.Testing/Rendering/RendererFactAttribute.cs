namespace Takomil.Testing.Rendering;

/// <summary>A fact reported as skipped, with the reason, when Chromium or the renderer package is missing.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RendererFactAttribute : FactAttribute
{
    public RendererFactAttribute()
    {
        if (RendererEnvironment.MissingReason is { } reason && !RendererEnvironment.Required)
        {
            Skip = "Adaptive Cards renderer unavailable: " + reason;
        }
    }
}

/// <summary>A theory reported as skipped, with the reason, when Chromium or the renderer package is missing.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RendererTheoryAttribute : TheoryAttribute
{
    public RendererTheoryAttribute()
    {
        if (RendererEnvironment.MissingReason is { } reason && !RendererEnvironment.Required)
        {
            Skip = "Adaptive Cards renderer unavailable: " + reason;
        }
    }
}

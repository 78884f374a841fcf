namespace Takomil.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A journey through the Agents Playground. Without Chromium, Node.js or the playground package it
/// is reported as skipped, with the reason; with <c>TAKOMIL_REQUIRE_E2E=1</c> it runs anyway and
/// fails on the missing prerequisite, so CI never mistakes "could not run" for "passed".
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PlaygroundFactAttribute : FactAttribute
{
    public PlaygroundFactAttribute()
    {
        if (EndToEndEnvironment.MissingReason is { } reason && !EndToEndEnvironment.IsRequired)
        {
            Skip = $"Agents Playground journey cannot run: {reason} (set {EndToEndEnvironment.RequireVariable}=1 to fail instead)";
        }
    }
}

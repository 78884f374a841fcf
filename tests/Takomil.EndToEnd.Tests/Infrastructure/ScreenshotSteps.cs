namespace Takomil.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The step numbers of one journey's screenshots, shared by every playground page of the journey so
/// that <c>NN-</c> orders the pictures of two people as the conversation happened.
/// </summary>
public sealed class ScreenshotSteps
{
    private int _last;

    public int Next() => Interlocked.Increment(ref _last);
}

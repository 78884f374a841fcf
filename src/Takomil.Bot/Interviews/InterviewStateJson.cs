using System.Text.Json;
using Takomil.Interviews;

namespace Takomil.Bot.Interviews;

/// <summary>The engine's state as stored in <c>interview_sessions.StateJson</c>: plain System.Text.Json, as the engine promises.</summary>
public static class InterviewStateJson
{
    public static string Write(InterviewState state) => JsonSerializer.Serialize(state);

    public static InterviewState Read(string json) =>
        JsonSerializer.Deserialize<InterviewState>(json) ?? throw new JsonException("An interview session holds no state.");
}

using System.Text.Json;

namespace Takomil.Interviews.Tests;

/// <summary>Helpers shared by the tests: the repository's dialogs folder, inline scripts, JSON round trips.</summary>
internal static class TestScripts
{
    public static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(5)));

    public static string DialogsFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bot.sln"))) dir = dir.Parent;
            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Bot.sln not found"), "dialogs");
        }
    }

    /// <summary>A four-language text for inline YAML: the same words tagged by language, so tests can tell them apart.</summary>
    public static string T(string text) =>
        $"{{uz-Latn: \"{text} uz\", uz-Cyrl: \"{text} cy\", ru: \"{text} ru\", en: \"{text} en\"}}";

    /// <summary>A script whose questions are given as YAML lines (indented by 2 under "questions:").</summary>
    public static InterviewScript Script(string questions, string context = "[service, inspection_year]") =>
        ScriptLibrary.Parse("test.yaml", $"""
            id: test
            title: {T("Title")}
            purpose: {T("Purpose")}
            aliases: [test]
            estimated_minutes: 1
            context: {context}
            questions:
            {questions}
            """);

    public static InterviewEngine Engine(InterviewScript script) => new(script, Clock);

    /// <summary>Serialises and reads back the state, asserting the JSON is identical both times.</summary>
    public static InterviewState RoundTrip(InterviewState state)
    {
        var json = JsonSerializer.Serialize(state);
        var back = JsonSerializer.Deserialize<InterviewState>(json)!;
        Assert.Equal(json, JsonSerializer.Serialize(back));
        return back;
    }

    /// <summary>Answers, asserting acceptance, and continues from a JSON round trip of the new state.</summary>
    public static InterviewState Say(this InterviewEngine engine, InterviewState state, string text, string language = "en")
    {
        var step = engine.Answer(state, AnswerInput.FromText(text), language);
        Assert.True(step.Accepted, $"'{text}' refused at {engine.Current(state, language)?.Name}: {step.Reason}");
        return RoundTrip(step.State);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}

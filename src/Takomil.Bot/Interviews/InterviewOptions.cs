using Microsoft.Extensions.Options;

namespace Takomil.Bot.Interviews;

/// <summary>Section <c>Interviews</c>: where the scripts are and when an idle interview gets its reminder.</summary>
public sealed class InterviewOptions
{
    public const string SectionName = "Interviews";

    /// <summary>The folder of <c>*.yaml</c> scripts; relative paths are taken from the content root, then the app folder.</summary>
    public string DialogsPath { get; set; } = "dialogs";

    /// <summary>An interview left paused or unanswered this long gets one reminder (once per idle period).</summary>
    public TimeSpan RemindAfter { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How often the reminder job looks for idle interviews.</summary>
    public TimeSpan ReminderScanInterval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>Fails start-up on a reminder period that could never work, naming the key.</summary>
public sealed class InterviewOptionsValidator : IValidateOptions<InterviewOptions>
{
    public ValidateOptionsResult Validate(string? name, InterviewOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DialogsPath)) failures.Add($"{InterviewOptions.SectionName}:DialogsPath is required.");
        if (options.RemindAfter < TimeSpan.FromMinutes(1) || options.RemindAfter > TimeSpan.FromDays(90))
        {
            failures.Add($"{InterviewOptions.SectionName}:RemindAfter must be between 00:01:00 and 90.00:00:00 (got {options.RemindAfter}).");
        }
        if (options.ReminderScanInterval < TimeSpan.FromSeconds(10) || options.ReminderScanInterval > TimeSpan.FromDays(1))
        {
            failures.Add($"{InterviewOptions.SectionName}:ReminderScanInterval must be between 00:00:10 and 1.00:00:00 (got {options.ReminderScanInterval}).");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

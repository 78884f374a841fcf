using Microsoft.Extensions.Options;
using Takomil.Bot.Interviews;
using Takomil.Bot.Tests.Support;
using Takomil.Interviews;

namespace Takomil.Bot.Tests.Interviews;

/// <summary>The host refuses to start with a broken script, a missing dialogs folder or a reminder period that cannot work.</summary>
public sealed class InterviewStartupTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "takomil-dialogs", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Start_WithABrokenScript_FailsListingTheProblem()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "broken.yaml"), "id: broken\ntitle: {en: \"Broken\"}\nquestions:\n  - name: q\n    type: nonsense\n");
        using var factory = new TakomilFactory();
        factory.Settings["Interviews:DialogsPath"] = _folder;

        var error = Record.Exception(() => factory.CreateClient());

        var invalid = Assert.IsType<ScriptValidationException>(Unwrap(error));
        Assert.NotEmpty(invalid.Errors);
        Assert.All(invalid.Errors, e => Assert.Equal("broken.yaml", Path.GetFileName(e.File)));
    }

    [Fact]
    public void Start_WithoutTheDialogsFolder_FailsNamingThePath()
    {
        using var factory = new TakomilFactory();
        factory.Settings["Interviews:DialogsPath"] = Path.Combine(_folder, "missing");

        var error = Unwrap(Record.Exception(() => factory.CreateClient()));

        Assert.IsType<DirectoryNotFoundException>(error);
        Assert.Contains("Interviews:DialogsPath", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WithAReminderPeriodOfZero_FailsNamingTheKey()
    {
        using var factory = new TakomilFactory();
        factory.Settings["Interviews:RemindAfter"] = "00:00:00";

        var error = Unwrap(Record.Exception(() => factory.CreateClient()));

        var invalid = Assert.IsType<OptionsValidationException>(error);
        Assert.Contains("Interviews:RemindAfter", invalid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_Defaults_AreValid()
    {
        Assert.True(new InterviewOptionsValidator().Validate(null, new InterviewOptions()).Succeeded);
        Assert.False(new InterviewOptionsValidator().Validate(null, new InterviewOptions { ReminderScanInterval = TimeSpan.FromSeconds(1) }).Succeeded);
    }

    private static Exception? Unwrap(Exception? error)
    {
        while (error is AggregateException or System.Reflection.TargetInvocationException && error.InnerException is not null) error = error.InnerException;
        return error;
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}

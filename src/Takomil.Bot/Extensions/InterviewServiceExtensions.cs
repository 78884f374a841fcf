using Microsoft.Extensions.Options;
using Quartz;
using Takomil.Bot.Conversation;
using Takomil.Bot.Interviews;
using Takomil.Bot.Interviews.Actions;
using Takomil.Bot.Interviews.Cards;
using Takomil.Bot.Interviews.Commands;
using Takomil.Bot.Scheduling;
using Takomil.Protocol.Hosting;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Extensions;

public static class InterviewServiceExtensions
{
    /// <summary>
    /// Interviews in chat (Res. 184 p. 24): options (section <c>Interviews</c>, validated on start), the scripts of the
    /// dialogs folder (loaded on start: a bad script stops it), the <c>interview</c> command and its cards, the
    /// interviewee's turn (middleware before routing, a responder for paused interviews) and the reminder job.
    /// </summary>
    public static IServiceCollection AddTakomilInterviews(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<InterviewOptions>().BindConfiguration(InterviewOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<InterviewOptions>, InterviewOptionsValidator>();
        services.AddSingleton<ScriptCatalog>();
        services.AddHostedService<ScriptCatalogStartup>();

        services.AddSingleton<InterviewWords>();
        services.AddSingleton<QuestionCard>().AddSingleton<SummaryCard>().AddSingleton<InterviewsCard>().AddSingleton<ConflictCard>();
        services.AddScoped<InterviewNotices>().AddScoped<ConflictViews>().AddScoped<InterviewsView>();
        services.AddScoped<InterviewRunner>().AddScoped<InterviewCompletion>().AddScoped<InterviewStarter>().AddScoped<InterviewReminders>();
        services.AddScoped<ITurnMiddleware, InterviewTurnMiddleware>();
        services.AddScoped<IFreeTextResponder, PausedInterviewResponder>();

        services.AddCommand<InterviewCommand>().AddSingleton(new HelpEntry("Cmd.Interview.Usage", "Cmd.Interview.Description", 35));
        services.AddSingleton(new HelpEntry("Interview.Words.Usage", "Interview.Words.Description", 36));
        services.AddCardAction<StartInterviewAction>();
        services.AddCardAction<ShowInterviewsAction>();
        services.AddCardAction<ShowConflictsAction>();
        services.AddCardAction<ResolveConflictAction>();
        services.AddCardAction<AnswerQuestionAction>();
        services.AddCardAction<SkipQuestionAction>();
        services.AddCardAction<BackQuestionAction>();
        services.AddCardAction<PauseInterviewAction>();
        services.AddCardAction<EditAnswerAction>();
        services.AddCardAction<ConfirmInterviewAction>();
        services.AddCardAction<ResumeInterviewAction>();

        var scan = configuration.GetSection(InterviewOptions.SectionName).Get<InterviewOptions>()?.ReminderScanInterval ?? TimeSpan.FromMinutes(5);
        if (scan <= TimeSpan.Zero) scan = TimeSpan.FromMinutes(5); // the validator names the bad value and stops the start
        services.AddQuartz(q =>
        {
            q.AddJob<InterviewReminderJob>(j => j.WithIdentity(InterviewReminderJob.Key));
            q.AddTrigger(t => t.ForJob(InterviewReminderJob.Key).WithIdentity("interview-reminders-trigger")
                .StartAt(DateTimeOffset.UtcNow.AddMinutes(1)).WithSimpleSchedule(s => s.WithInterval(scan).RepeatForever()));
        });
        return services;
    }
}

using Microsoft.Extensions.Options;
using Takomil.Bot.Conversation;
using Takomil.Bot.Inspections;
using Takomil.Bot.Inspections.Actions;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Inspections.Commands;
using Takomil.Bot.Inspections.Seeding;
using Takomil.Protocol.Hosting;
using Takomil.Storage.Preferences;

namespace Takomil.Bot.Extensions;

public static class InspectionServiceExtensions
{
    /// <summary>
    /// Inspections in chat: options (section <c>Inspections</c>, validated on start), officials, texts of the
    /// domain, cards, the commands <c>new</c>, <c>add</c>, <c>start</c>, <c>status</c>, <c>tasks</c>, <c>link</c> and their card
    /// verbs, and the development seed.
    /// </summary>
    public static IServiceCollection AddTakomilInspections(this IServiceCollection services)
    {
        services.AddOptions<InspectionOptions>()
            .BindConfiguration(InspectionOptions.SectionName)
            .PostConfigure<IHostEnvironment>((options, environment) =>
            {
                // The playground's user is a ministry lead locally, with no extra configuration file.
                if (!environment.IsDevelopment() || !options.DevelopmentSeed.Enabled) return;
                foreach (var id in options.DevelopmentSeed.MinistryLeads) options.MinistryLeads.Add(id);
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<InspectionOptions>, InspectionOptionsValidator>();
        services.AddSingleton<SystemRoleGrants>();

        services.AddSingleton<DomainNames>().AddSingleton<ReasonTexts>().AddSingleton<RoleWords>();
        services.AddSingleton<FactGapTexts>().AddSingleton<DutyTexts>().AddSingleton<InspectionCardParts>();
        services.AddSingleton<StatusCard>().AddSingleton<TasksCard>().AddSingleton<ServicePickerCard>();

        services.AddScoped<IChatLinks, EfChatLinks>();
        services.AddScoped<OfficialDirectory>().AddScoped<InspectionLocator>().AddScoped<InspectionResolver>().AddScoped<InspectionViews>();
        services.AddScoped<InspectionCreator>().AddScoped<InspectionReplies>().AddScoped<InspectionCommits>();

        services.AddCommand<NewInspectionCommand>().AddSingleton(new HelpEntry("Cmd.New.Usage", "Cmd.New.Description", 10));
        services.AddCommand<AddMemberCommand>().AddSingleton(new HelpEntry("Cmd.Add.Usage", "Cmd.Add.Description", 20));
        services.AddCommand<StatusCommand>().AddSingleton(new HelpEntry("Cmd.Status.Usage", "Cmd.Status.Description", 30));
        services.AddCommand<TasksCommand>().AddSingleton(new HelpEntry("Cmd.Tasks.Usage", "Cmd.Tasks.Description", 40));
        services.AddCommand<LinkChatCommand>().AddSingleton(new HelpEntry("Cmd.Link.Usage", "Cmd.Link.Description", 50));
        services.AddCommand<StartInspectionCommand>().AddSingleton(new HelpEntry("Cmd.Start.Usage", "Cmd.Start.Description", 25));
        services.AddCommand<ModelsDraftedCommand>().AddSingleton(new HelpEntry("Cmd.Drafted.Usage", "Cmd.Drafted.Description", 27));
        services.AddCardAction<CreateInspectionAction>();
        services.AddCardAction<ShowStatusAction>();

        services.AddScoped<SampleData>();
        services.AddHostedService<DevelopmentSeeder>();
        return services;
    }
}

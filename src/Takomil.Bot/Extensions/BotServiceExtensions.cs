using Takomil.Bot.Cards;
using Takomil.Bot.Conversation;
using Takomil.Bot.Files;
using Takomil.Bot.Localization;
using Takomil.Protocol.Hosting;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Extensions;

public static class BotServiceExtensions
{
    /// <summary>Texts, cards and the handler table of the bot. One line per command or card verb.</summary>
    public static IServiceCollection AddTakomilBot(this IServiceCollection services)
    {
        services.AddSingleton<Texts>();
        services.AddOptions<FilesOptions>().BindConfiguration(FilesOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<FileLinks>();
        services.AddScoped<ITurnMiddleware, CultureMiddleware>();
        services.AddScoped<ITurnErrorHandler, LocalizedTurnErrorHandler>();
        services.AddScoped<IFallbackMessageHandler, FallbackMessageHandler>();
        services.AddScoped<IConversationUpdateHandler, WelcomeHandler>();

        services.AddScoped<HelpCard>().AddScoped<WelcomeCard>().AddScoped<LanguageCard>();

        services.AddCommand<HelpCommand>().AddSingleton(new HelpEntry("Cmd.Help.Usage", "Cmd.Help.Description", 0));
        services.AddCommand<LanguageCommand>().AddSingleton(new HelpEntry("Cmd.Language.Usage", "Cmd.Language.Description", 100));
        services.AddCardAction<SetLanguageAction>();
        services.AddCardAction<ShowHelpAction>();
        services.AddCardAction<ShowLanguageCardAction>();
        return services;
    }
}

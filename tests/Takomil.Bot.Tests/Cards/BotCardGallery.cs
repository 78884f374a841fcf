using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Cards;
using Takomil.Bot.Localization;
using Takomil.Protocol.Cards;

namespace Takomil.Bot.Tests.Cards;

/// <summary>
/// Every card the bot can send, in every language, built by the bot's own card classes from the
/// real service container. A new card class must be added here; the gallery tests then hold it
/// to the schema and the official renderer.
/// </summary>
public static class BotCardGallery
{
    public static IEnumerable<(string Name, AdaptiveCard Card)> All(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var help = services.GetRequiredService<HelpCard>();
        var welcome = services.GetRequiredService<WelcomeCard>();
        var language = services.GetRequiredService<LanguageCard>();
        var texts = services.GetRequiredService<Texts>();
        foreach (var code in BotLanguages.All)
        {
            var culture = BotLanguages.Culture(code);
            yield return ($"welcome.{code}", welcome.Build(culture));
            yield return ($"welcome-group.{code}", welcome.Build(culture, inGroup: true));
            yield return ($"help.{code}", help.Build(culture, intro: null));
            yield return ($"help-fallback.{code}", help.Build(culture, texts.Format("Fallback.NotUnderstood", culture, "**bold** ${x} <at>x</at> {{DATE(2026-01-01T00:00:00Z)}}")));
            yield return ($"language.{code}", language.Build(code, confirmed: false));
            yield return ($"language-confirmed.{code}", language.Build(code, confirmed: true));
            foreach (var card in InterviewCardGallery.All(services, code)) yield return card;
        }
    }
}

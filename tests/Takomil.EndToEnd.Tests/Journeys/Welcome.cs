using System.Text.RegularExpressions;

namespace Takomil.EndToEnd.Tests.Journeys;

/// <summary>
/// The welcome card's title as an official may see it. The playground sends two install events
/// at once (installationUpdate with locale en-US, conversationUpdate without a locale) and the
/// bot welcomes on whichever it handles first, so today the welcome comes in English or in the
/// default Uzbek (Latin) at random. Journeys that only need "the welcome is there" accept both;
/// narrow this to Uzbek once the bot picks the welcome's language deterministically.
/// </summary>
internal static partial class Welcome
{
    [GeneratedRegex("^(Takomilga xush kelibsiz|Welcome to Takomil)$")]
    public static partial Regex Title();

    [GeneratedRegex("^(Buyruqlarni koʻrsatish|Show commands)$")]
    public static partial Regex ShowCommandsButton();

    [GeneratedRegex("^(Til|Language)$")]
    public static partial Regex LanguageButton();
}

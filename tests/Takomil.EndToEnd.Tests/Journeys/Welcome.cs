using System.Text.RegularExpressions;

namespace Takomil.EndToEnd.Tests.Journeys;

/// <summary>
/// The welcome card as an official sees it. Install events carry no reliable locale (the playground,
/// like Teams, sends installationUpdate and conversationUpdate together), so the bot welcomes in
/// Uzbek (Latin) unless the user chose a language before.
/// </summary>
internal static partial class Welcome
{
    [GeneratedRegex("^Takomilga xush kelibsiz$")]
    public static partial Regex Title();

    [GeneratedRegex("^Buyruqlarni koʻrsatish$")]
    public static partial Regex ShowCommandsButton();

    [GeneratedRegex("^Til$")]
    public static partial Regex LanguageButton();
}

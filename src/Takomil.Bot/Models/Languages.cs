using System.Globalization;
using Takomil.Domain.Common;

namespace Takomil.Bot.Models;

/// <summary>The domain's language of a turn culture (names of services and agencies, diagram texts).</summary>
internal static class Languages
{
    public static UiLanguage Of(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.Name switch
        {
            "uz-Cyrl" => UiLanguage.UzCyrl,
            "ru" => UiLanguage.Ru,
            "en" => UiLanguage.En,
            _ => UiLanguage.UzLatn,
        };
    }
}

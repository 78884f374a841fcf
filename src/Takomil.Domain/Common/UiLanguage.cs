namespace Takomil.Domain.Common;

/// <summary>The languages every user-facing text exists in.</summary>
public enum UiLanguage
{
    UzLatn = 0,
    UzCyrl = 1,
    Ru = 2,
    En = 3,
}

public static class UiLanguages
{
    public static string CultureName(this UiLanguage language) => language switch
    {
        UiLanguage.UzCyrl => "uz-Cyrl",
        UiLanguage.Ru => "ru",
        UiLanguage.En => "en",
        _ => "uz-Latn",
    };
}

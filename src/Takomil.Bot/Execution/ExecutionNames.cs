using System.Globalization;
using Takomil.Bot.Localization;
using Takomil.Domain.Common;
using Takomil.Domain.Execution;
using Takomil.Domain.Inspections;

namespace Takomil.Bot.Execution;

/// <summary>Names of the stage 4–5 enums in the reader's language (keys <c>Execution.Status.*</c>, <c>Execution.Priority.*</c>).</summary>
public sealed class ExecutionNames(Texts texts)
{
    public string Status(PlanItemStatus status, CultureInfo culture) => texts.Get("Execution.Status." + status, culture);

    public string Priority(IctPriority priority, CultureInfo culture) => texts.Get("Execution.Priority." + priority, culture);

    /// <summary>The culture a proactive message to someone is written in: their saved language.</summary>
    public static CultureInfo CultureOf(UiLanguage language) => BotLanguages.Culture(language switch
    {
        UiLanguage.UzCyrl => BotLanguages.UzbekCyrillic,
        UiLanguage.Ru => BotLanguages.Russian,
        UiLanguage.En => BotLanguages.English,
        _ => BotLanguages.UzbekLatin,
    });
}

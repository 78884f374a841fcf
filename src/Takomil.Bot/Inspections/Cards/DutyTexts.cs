using System.Globalization;
using Takomil.Bot.Localization;

namespace Takomil.Bot.Inspections.Cards;

/// <summary>A <see cref="Duty"/> in words (<c>Duty.{Kind}</c>); trusted markdown, as every value is a number or a localised name.</summary>
public sealed class DutyTexts(Texts texts, DomainNames names)
{
    public const string KeyPrefix = "Duty.";

    public string Describe(Duty duty, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(duty);
        var key = KeyPrefix + duty.Kind;
        return duty.Kind switch
        {
            DutyKind.CompleteWorkingGroup => texts.Format(key, culture, names.Roles(duty.MissingRoles, culture)),
            DutyKind.CollectFacts => texts.Format(key, culture, duty.Count, duty.Of),
            DutyKind.BuildModels => texts.Format(key, culture, string.Join(", ", duty.Models.Select(m => names.ModelKind(m, culture)))),
            DutyKind.DraftPlan or DutyKind.SubmitIctProposals or DutyKind.ReportPlanItems => texts.Format(key, culture, duty.Count),
            _ => texts.Get(key, culture),
        };
    }
}

using System.Globalization;
using Takomil.Bot.Localization;
using Takomil.Domain.Access;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;
using Takomil.Domain.Models;
using Takomil.Protocol.Cards;

namespace Takomil.Bot.Inspections;

/// <summary>
/// The names of the domain's enums in the user's language. Keys are <c>Prefix.Member</c>, so a test can walk every
/// enum value and find its text; an unknown value (a newer domain) shows its code rather than failing the turn.
/// </summary>
public sealed class DomainNames(Texts texts)
{
    private static readonly Lazy<HashSet<string>> KnownKeys = new(() => Texts.AllKeys().ToHashSet(StringComparer.Ordinal));

    public const string StagePrefix = "Stage";
    public const string RolePrefix = "Role";
    public const string PermissionPrefix = "Permission";
    public const string TriggerPrefix = "Trigger";
    public const string ListStatePrefix = "ListState";
    public const string ModelKindPrefix = "ModelKind";
    public const string SectionPrefix = "Facts.Section";

    public string Stage(InspectionStage stage, CultureInfo culture) => Name(StagePrefix, stage, culture);

    public string Role(WorkingGroupRole role, CultureInfo culture) => Name(RolePrefix, role, culture);

    public string Roles(IEnumerable<WorkingGroupRole> roles, CultureInfo culture) =>
        string.Join(", ", roles.Order().Select(r => Role(r, culture)));

    public string ModelKind(ProcessModelKind kind, CultureInfo culture) => Name(ModelKindPrefix, kind, culture);

    public string Section(FactSection section, CultureInfo culture) => Name(SectionPrefix, section, culture);

    /// <summary>The text of <c>prefix.value</c>, where <paramref name="value"/> is an enum member's name as the domain writes it.</summary>
    public string Named(string prefix, string value, CultureInfo culture)
    {
        var key = $"{prefix}.{value}";
        return KnownKeys.Value.Contains(key) ? texts.Get(key, culture) : MarkdownText.Escape(value);
    }

    private string Name<TEnum>(string prefix, TEnum value, CultureInfo culture)
        where TEnum : struct, Enum => Named(prefix, value.ToString(), culture);

    /// <summary>Every key this class reads for <typeparamref name="TEnum"/>, for completeness tests.</summary>
    public static IEnumerable<string> KeysOf<TEnum>(string prefix)
        where TEnum : struct, Enum => Enum.GetNames<TEnum>().Select(n => $"{prefix}.{n}");
}

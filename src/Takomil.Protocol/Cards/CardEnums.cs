using System.Text.Json;
using System.Text.Json.Serialization;

namespace Takomil.Protocol.Cards;

// Every Adaptive Card enum is written in the schema's own spelling, which is the camelCase of
// these member names ("extraLarge", "bolder", "positive"); integers are never accepted.

/// <summary>Writes an enum as its camelCase name, the spelling the Adaptive Card schema lists.</summary>
public sealed class CardEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;

[JsonConverter(typeof(CardEnumConverter<Spacing>))]
public enum Spacing { Default, None, Small, Medium, Large, ExtraLarge, Padding }

[JsonConverter(typeof(CardEnumConverter<FontWeight>))]
public enum FontWeight { Default, Lighter, Bolder }

[JsonConverter(typeof(CardEnumConverter<FontSize>))]
public enum FontSize { Default, Small, Medium, Large, ExtraLarge }

[JsonConverter(typeof(CardEnumConverter<TextColor>))]
public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }

[JsonConverter(typeof(CardEnumConverter<TextBlockStyle>))]
public enum TextBlockStyle { Default, Heading }

[JsonConverter(typeof(CardEnumConverter<HorizontalAlignment>))]
public enum HorizontalAlignment { Left, Center, Right }

[JsonConverter(typeof(CardEnumConverter<VerticalAlignment>))]
public enum VerticalAlignment { Top, Center, Bottom }

[JsonConverter(typeof(CardEnumConverter<ContainerStyle>))]
public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }

[JsonConverter(typeof(CardEnumConverter<ImageSize>))]
public enum ImageSize { Auto, Stretch, Small, Medium, Large }

[JsonConverter(typeof(CardEnumConverter<ImageStyle>))]
public enum ImageStyle { Default, Person }

[JsonConverter(typeof(CardEnumConverter<ActionStyle>))]
public enum ActionStyle { Default, Positive, Destructive }

/// <summary>Which inputs a submit-like action gathers: all on the card (auto) or none.</summary>
[JsonConverter(typeof(CardEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs { Auto, None }

[JsonConverter(typeof(CardEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle { Compact, Expanded }

[JsonConverter(typeof(CardEnumConverter<TextInputStyle>))]
public enum TextInputStyle { Text, Tel, Url, Email, Password }

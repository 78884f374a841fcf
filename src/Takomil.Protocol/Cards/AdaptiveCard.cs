using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Takomil.Protocol.Activities;

namespace Takomil.Protocol.Cards;

/// <summary>
/// An Adaptive Card, version 1.5 (the highest Teams renders). Build it with object initialisers
/// and the element factories; <see cref="ToJsonElement"/> checks the whole card
/// (<see cref="CardChecks"/>) before writing it.
/// </summary>
public sealed record AdaptiveCard
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string CurrentVersion = "1.5";

    [JsonPropertyOrder(-100)]
    public string Type { get; } = "AdaptiveCard";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-99)]
    public string Schema { get; } = SchemaUrl;

    [JsonPropertyOrder(-98)]
    public string Version { get; init; } = CurrentVersion;

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<CardAction>? Actions { get; init; }

    public CardRefresh? Refresh { get; init; }

    /// <summary>Teams host extension; <see cref="TeamsCardExtension.FullWidth"/> widens the card.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardExtension? MsTeams { get; init; }

    /// <summary>Shown by clients that cannot render this version (may contain markdown: trusted text only).</summary>
    public string? FallbackText { get; init; }

    public JsonElement ToJsonElement() => CardJson.ToElement(this);

    public JsonObject ToJsonObject() => CardJson.ToObject(this);

    /// <summary>The card as a message attachment (<c>application/vnd.microsoft.card.adaptive</c>).</summary>
    public Attachment ToAttachment() => new()
    {
        ContentType = ContentTypes.AdaptiveCard,
        Content = ToJsonElement(),
    };
}

/// <summary>
/// The card's <c>refresh</c>: Teams runs <see cref="Action"/> (an <c>Action.Execute</c> without
/// fallback) to fetch a per-user view. Listed users (at most 60) refresh automatically; an empty
/// list gives everyone a manual "Refresh card" item; null lets Teams decide (brief §4).
/// </summary>
public sealed record CardRefresh
{
    public const int MaxAutomaticUsers = 60;

    public CardRefresh(string verb, ActionData? data = null, IReadOnlyList<string>? userIds = null)
    {
        if (userIds is { Count: > MaxAutomaticUsers })
        {
            throw new ArgumentException($"Teams refreshes automatically for at most {MaxAutomaticUsers} users.", nameof(userIds));
        }

        if (userIds is not null && userIds.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("User ids must not be empty.", nameof(userIds));
        }

        Action = new ExecuteAction(verb, data) { WithSubmitFallback = false };
        UserIds = userIds;
    }

    public ExecuteAction Action { get; }

    public IReadOnlyList<string>? UserIds { get; }
}

/// <summary>The Teams-only <c>msteams</c> property of a card.</summary>
public sealed record TeamsCardExtension
{
    public static TeamsCardExtension FullWidth { get; } = new() { Width = "Full" };

    public string? Width { get; init; }
}

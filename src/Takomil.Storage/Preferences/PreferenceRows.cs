namespace Takomil.Storage.Preferences;

/// <summary>A user's own choices (today: the language), keyed by Teams user id.</summary>
public sealed class UserPreferenceRow
{
    public required string UserId { get; set; }
    public string? Language { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A conversation that has had its welcome; the playground and Teams resend install events.</summary>
public sealed class WelcomeRow
{
    public required string ConversationId { get; set; }
    public DateTimeOffset WelcomedAt { get; set; }
}

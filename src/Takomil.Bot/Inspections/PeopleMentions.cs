using Takomil.Protocol.Activities;

namespace Takomil.Bot.Inspections;

/// <summary>
/// The people a message @mentions, taken from its mention entities (Teams id and name as the channel sent
/// them), and the words left once their <c>&lt;at&gt;…&lt;/at&gt;</c> texts are removed.
/// </summary>
public static class PeopleMentions
{
    // Teams ids: 28: bots, 19: chats, channels and teams (a channel or team @mention is no person).
    private static readonly string[] NotPeople = ["28:", "19:"];

    public static (IReadOnlyList<ChannelAccount> People, string Remainder) Split(Activity activity, string text)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(text);
        var people = new List<ChannelAccount>();
        var rest = text;
        foreach (var mention in activity.GetMentions())
        {
            var person = mention.Mentioned;
            if (string.IsNullOrWhiteSpace(person.Id) || person.Id == activity.Recipient?.Id) continue;
            if (NotPeople.Any(p => person.Id.StartsWith(p, StringComparison.Ordinal))) continue;
            if (string.IsNullOrEmpty(mention.Text) || !rest.Contains(mention.Text, StringComparison.Ordinal)) continue;
            rest = rest.Replace(mention.Text, " ", StringComparison.Ordinal);
            if (!people.Any(p => p.Id == person.Id)) people.Add(person);
        }
        return (people, string.Join(' ', rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }
}

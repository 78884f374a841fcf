using System.Text.RegularExpressions;
using Takomil.Protocol.Activities;

namespace Takomil.Protocol.Routing;

/// <summary>Removes the bot's own <c>&lt;at&gt;…&lt;/at&gt;</c> mention from a command in group chats and channels.</summary>
public static partial class MentionText
{
    public static string RemoveRecipientMention(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        foreach (var mention in activity.GetMentions())
        {
            if (botId is not null && mention.Mentioned.Id == botId && !string.IsNullOrEmpty(mention.Text))
            {
                text = text.Replace(mention.Text, string.Empty, StringComparison.Ordinal);
            }
        }
        // Teams may also wrap the text in a <p>/HTML when textFormat is xml; keep the plain words.
        text = HtmlNbsp().Replace(text, " ");
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex("&nbsp;", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlNbsp();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

using System.Text.Json;
using Takomil.Bot.Tests.Support;
using Takomil.Protocol;
using Takomil.Testing.Schemas;

namespace Takomil.Bot.Tests.Pipeline;

/// <summary>Every activity the bot sends in a typical conversation validates against the Bot Framework activity schema.</summary>
public sealed class OutboundActivitySchemaTests(TakomilFactory factory) : BotTestBase(factory)
{
    [SchemaFact]
    public async Task EveryOutboundActivity_ValidatesAgainstActivitySchema()
    {
        var user = "29:schema-user";
        using (await PostAsync(ActivityFactory.BotAdded("c-schema"))) { }
        foreach (var text in new[] { "help", "yordam", "language", "language ru", "something odd" })
        {
            using (await PostAsync(ActivityFactory.Message(text, conversationId: "c-schema", userId: user))) { }
        }
        using (await PostAsync(ActivityFactory.GroupMention("помощь"))) { }
        using (await PostAsync(ActivityFactory.CardSubmit(new { verb = "language.set", language = "en" }, conversationId: "c-schema", userId: user))) { }

        var outbound = Connector.Sent.Concat(Connector.Updated.Select(u => u.Activity)).ToList();
        Assert.True(outbound.Count >= 8, $"expected a full conversation, got {outbound.Count} activities");
        var failures = outbound
            .SelectMany((a, i) => SchemaValidator.Activity.Validate(JsonSerializer.Serialize(a, ProtocolJson.Options)).Select(e => $"#{i} ({a.Type}): {e}"))
            .ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Takomil.Protocol;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Connector;
using Takomil.Protocol.Hosting;
using Takomil.Protocol.Storage;
using Takomil.Testing.Loopback;

namespace Takomil.Bench.FanOut;

/// <summary>One phase's figures: requests accepted by the connector, 429s, and the time they took.</summary>
internal sealed record Phase(string Name, int Messages, int Requests, int Throttled, TimeSpan Elapsed, double AllowedPerSecond)
{
    public double PerSecond => Requests / Math.Max(Elapsed.TotalSeconds, 1e-9);
}

/// <summary>
/// Notifies N people 1:1 the way the execution sweep does — open each 1:1 chat, queue the card in the outbox, drain
/// the outbox — and then sends M messages into one conversation; both against <see cref="TeamsLimitConnector"/> in
/// real time. Reports requests per second achieved next to the limit Teams allows, and the 429s received.
/// </summary>
internal static class FanOutRun
{
    private const int WarmUp = 5;

    public static async Task<IReadOnlyList<Phase>> RunAsync(int people, int oneConversation, int appRequestsPerSecond, TimeSpan margin, CancellationToken cancellationToken)
    {
        await using var connector = await TeamsLimitConnector.StartAsync(TimeProvider.System, appRequestsPerSecond);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Connector:AppRequestsPerSecond"] = appRequestsPerSecond.ToString(CultureInfo.InvariantCulture),
            ["Connector:RateLimitMargin"] = margin.ToString("c", CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole())
            .AddSingleton<IBotTokenProvider, NoToken>()
            .AddBotConnector(configuration)
            .AddBotProtocol(configuration);
        await using var provider = services.BuildServiceProvider();
        var via = new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = connector.BaseAddress.ToString(),
            Bot = new ChannelAccount { Id = "28:takomil-bench", Name = "Takomil" },
            Conversation = new ConversationAccount { Id = "19:working-group@thread.v2", ConversationType = ConversationTypes.GroupChat, TenantId = "bench-tenant" },
        };
        var card = Card();
        (int, TimeSpan)[] app = [(appRequestsPerSecond, TimeSpan.FromSeconds(1))];
        var phases = new List<Phase>();

        // Warm-up, not measured: JIT and the first connections make the first requests arrive late, which the margin
        // is not meant to cover. Then wait out every short window so the measured phases start from idle.
        await using (var scope = provider.CreateAsyncScope())
        {
            var messenger = scope.ServiceProvider.GetRequiredService<ProactiveMessenger>();
            var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
            for (var i = 0; i < WarmUp; i++)
            {
                var personal = await messenger.PersonalConversationAsync($"29:warm-up-{i}", via, cancellationToken);
                var activity = personal.CreateMessage();
                activity.Attachments = [card];
                var now = DateTimeOffset.UtcNow;
                await outbox.EnqueueAsync(new OutboxItem(Guid.NewGuid(), OutboxOperation.Send, personal.Conversation!.Id!,
                    JsonSerializer.Serialize(activity, ProtocolJson.Options), null, 0, now, now), cancellationToken);
            }
        }
        await DrainAsync(provider, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(2.5), cancellationToken);
        var warmUpThrottled = connector.Throttled;

        // Phase 1 and 2: open the 1:1 chats and queue one card each (creates), then drain the outbox (sends).
        var clock = Stopwatch.StartNew();
        await using (var scope = provider.CreateAsyncScope())
        {
            var messenger = scope.ServiceProvider.GetRequiredService<ProactiveMessenger>();
            var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
            for (var i = 0; i < people; i++)
            {
                var personal = await messenger.PersonalConversationAsync($"29:executor-{i}", via, cancellationToken);
                var activity = personal.CreateMessage();
                activity.Attachments = [card];
                var now = DateTimeOffset.UtcNow;
                await outbox.EnqueueAsync(new OutboxItem(Guid.NewGuid(), OutboxOperation.Send, personal.Conversation!.Id!,
                    JsonSerializer.Serialize(activity, ProtocolJson.Options), null, 0, now, now), cancellationToken);
            }
        }
        var created = clock.Elapsed;
        var throttledAfterCreates = connector.Throttled;
        phases.Add(new Phase("open 1:1 chats (POST v3/conversations)", people, people, throttledAfterCreates - warmUpThrottled, created, AllowedFromIdle(people, app)));
        await DrainAsync(provider, cancellationToken);
        var sent = clock.Elapsed - created;
        // The sends follow the creates at once, so the app window is already full: the steady rate is the limit.
        phases.Add(new Phase("send one card each (outbox drain)", people, people, connector.Throttled - throttledAfterCreates, sent, appRequestsPerSecond));
        phases.Add(new Phase($"fan-out to {people} people, whole", people, 2 * people, connector.Throttled - warmUpThrottled, clock.Elapsed, AllowedFromIdle(2 * people, app)));

        // Phase 3: many messages into one conversation (one executor with many items): the per-conversation rules.
        if (oneConversation > 0)
        {
            var before = connector.Throttled;
            var start = clock.Elapsed;
            await using (var scope = provider.CreateAsyncScope())
            {
                var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
                var personal = await scope.ServiceProvider.GetRequiredService<ProactiveMessenger>().PersonalConversationAsync("29:executor-0", via, cancellationToken);
                for (var i = 0; i < oneConversation; i++)
                {
                    var activity = personal.CreateMessage();
                    activity.Attachments = [card];
                    var now = DateTimeOffset.UtcNow;
                    await outbox.EnqueueAsync(new OutboxItem(Guid.NewGuid(), OutboxOperation.Send, personal.Conversation!.Id!,
                        JsonSerializer.Serialize(activity, ProtocolJson.Options), null, 0, now, now), cancellationToken);
                }
            }
            await DrainAsync(provider, cancellationToken);
            // Sustained, 60 per 30 s is the binding rule once the first burst (7 per second, 8 per 2 s) is spent.
            phases.Add(new Phase($"{oneConversation} messages into one 1:1 chat", oneConversation, oneConversation, connector.Throttled - before,
                clock.Elapsed - start, AllowedInOneConversation(oneConversation)));
        }
        var delivered = connector.Activities.Values.Sum(q => q.Count);
        if (delivered != WarmUp + people + oneConversation)
        {
            throw new InvalidOperationException($"Delivered {delivered} messages, expected {WarmUp + people + oneConversation}.");
        }
        return phases;
    }

    /// <summary>The best rate Teams' per-conversation rules allow for <paramref name="count"/> sends from idle.</summary>
    public static double AllowedInOneConversation(int count) => AllowedFromIdle(count, TeamsLimitConnector.ConversationRules);

    /// <summary>
    /// The best rate <paramref name="rules"/> allow for <paramref name="count"/> requests starting from idle: a sliding
    /// window lets the first burst go at once, so this is above the per-second figure for short runs.
    /// </summary>
    public static double AllowedFromIdle(int count, IReadOnlyList<(int Limit, TimeSpan Window)> rules)
    {
        // Greedy earliest schedule: request i waits until every rule has room.
        var times = new List<double>();
        for (var i = 0; i < count; i++)
        {
            double t = times.Count == 0 ? 0 : times[^1];
            foreach (var (limit, window) in rules)
            {
                if (times.Count >= limit) t = Math.Max(t, times[times.Count - limit] + window.TotalSeconds);
            }
            times.Add(t);
        }
        return count / Math.Max(times[^1], 1e-9);
    }

    private static async Task DrainAsync(IServiceProvider provider, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var scope = provider.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<OutboxDrainer>().DrainOnceAsync(cancellationToken) == 0) return;
        }
    }

    /// <summary>A card of the size of an executor's item card (about 2.5 KB).</summary>
    private static Attachment Card()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 12; i++) text.Append("Get the cadastre extract by interagency request instead of from the applicant. ");
        return new Attachment
        {
            ContentType = ContentTypes.AdaptiveCard,
            Content = JsonSerializer.SerializeToElement(new
            {
                type = "AdaptiveCard",
                version = "1.5",
                body = new object[] { new { type = "TextBlock", text = "Action plan task", wrap = true }, new { type = "TextBlock", text = text.ToString(), wrap = true } },
            }),
        };
    }

    private sealed class NoToken : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
    }
}

using System.ComponentModel.DataAnnotations;

namespace Takomil.Protocol.Hosting;

/// <summary>Settings of the inbound endpoint, section <c>BotProtocol</c>.</summary>
public sealed class BotProtocolOptions
{
    public const string SectionName = "BotProtocol";

    /// <summary>Largest accepted request body. Teams caps a message at 100 KB; invokes carry less.</summary>
    [Range(4 * 1024, 4 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>How long the ids of handled activities are remembered for de-duplication.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Outbox: how many failed sends are retried per drain, and how often a send is tried in all.</summary>
    [Range(1, 1000)]
    public int OutboxBatchSize { get; set; } = 50;

    [Range(1, 100)]
    public int OutboxMaxAttempts { get; set; } = 12;
}

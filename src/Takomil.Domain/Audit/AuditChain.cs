using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Takomil.Domain.Common;

namespace Takomil.Domain.Audit;

/// <summary>Builds entries of the hash chain and computes their hashes.</summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>The entry that follows <paramref name="previous"/> (null for the first one).</summary>
    public static AuditEntry Next(AuditEntry? previous, DateTimeOffset at, string actor, string action, string subject, string payloadJson)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(payloadJson);
        var entry = new AuditEntry(
            previous is null ? 1 : previous.Sequence + 1,
            Moments.Normalize(at),
            actor,
            action,
            subject,
            CanonicalJson.Normalize(payloadJson),
            previous?.Hash ?? GenesisHash,
            string.Empty);
        return entry with { Hash = ComputeHash(entry) };
    }

    /// <summary>
    /// SHA-256 (lower-case hex) over a length-prefixed, versioned serialisation of every field but the hash.
    /// Length prefixes keep "ab"+"c" and "a"+"bc" apart; the instant is written in UTC to the microsecond.
    /// </summary>
    public static string ComputeHash(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var builder = new StringBuilder("takomil-audit-v1\n");
        Field(builder, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(builder, Moments.Normalize(entry.At).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
        Field(builder, entry.Actor);
        Field(builder, entry.Action);
        Field(builder, entry.Subject);
        Field(builder, entry.PayloadJson);
        Field(builder, entry.PreviousHash);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()));
        return Convert.ToHexStringLower(bytes);
    }

    private static void Field(StringBuilder builder, string value) =>
        builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
}

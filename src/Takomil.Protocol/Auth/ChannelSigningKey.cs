using Microsoft.IdentityModel.Tokens;

namespace Takomil.Protocol.Auth;

/// <summary>
/// One key of the channel's JWKS together with its <c>endorsements</c>: the channel ids (e.g. <c>msteams</c>)
/// that tokens signed by this key may speak for.
/// </summary>
public sealed class ChannelSigningKey
{
    public ChannelSigningKey(string keyId, SecurityKey key, IReadOnlyCollection<string> endorsements)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(endorsements);
        KeyId = keyId;
        Key = key;
        Endorsements = endorsements;
    }

    public string KeyId { get; }

    public SecurityKey Key { get; }

    public IReadOnlyCollection<string> Endorsements { get; }

    /// <summary>Ordinal, as the Bot Framework SDK compares endorsements.</summary>
    public bool Endorses(string? channelId) =>
        !string.IsNullOrEmpty(channelId) && Endorsements.Contains(channelId, StringComparer.Ordinal);
}

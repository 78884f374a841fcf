using Takomil.Protocol.Auth;

namespace Takomil.Protocol.Tests.Auth;

public sealed class ChannelSigningKeyCacheTests : IAsyncLifetime
{
    private ChannelAuthHarness _h = null!;

    public async Task InitializeAsync() => _h = await ChannelAuthHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private Task<ChannelSigningKey?> FindAsync(string kid) => _h.Keys.FindAsync(kid, CancellationToken.None);

    [Fact]
    public async Task FindAsync_PublishedKid_ReturnsKeyWithEndorsements()
    {
        var key = await FindAsync(TestSigningKey.Primary.KeyId);

        Assert.NotNull(key);
        Assert.Equal(["msteams", "webchat"], key.Endorsements);
        Assert.True(key.Endorses("msteams"));
        Assert.False(key.Endorses("slack"));
    }

    [Fact]
    public async Task FindAsync_ManyUnknownKidsWithinInterval_RefetchesOnlyOnce()
    {
        await FindAsync(TestSigningKey.Primary.KeyId);

        Assert.Null(await FindAsync("forged-1"));
        Assert.Null(await FindAsync("forged-2"));
        Assert.Null(await FindAsync("forged-1"));

        Assert.Equal(2, _h.Server.KeysRequests); // the first fetch plus one refetch, not one per forged kid
    }

    [Fact]
    public async Task FindAsync_UnknownKidAfterInterval_RefetchesAgain()
    {
        await FindAsync(TestSigningKey.Primary.KeyId);
        Assert.Null(await FindAsync("rotated-later"));

        _h.Time.Advance(TimeSpan.FromMinutes(5));
        _h.Server.PublishJwks(TestSigningKey.Jwks(TestSigningKey.Rotated.WithKeyId("rotated-later").ToJwk("msteams")));

        Assert.NotNull(await FindAsync("rotated-later"));
        Assert.Equal(3, _h.Server.KeysRequests);
    }

    [Fact]
    public async Task FindAsync_WithinCacheDuration_DoesNotRefetch()
    {
        await FindAsync(TestSigningKey.Primary.KeyId);
        _h.Time.Advance(TimeSpan.FromDays(5) - TimeSpan.FromSeconds(1));

        Assert.NotNull(await FindAsync(TestSigningKey.Primary.KeyId));

        Assert.Equal(1, _h.Server.KeysRequests);
    }

    [Fact]
    public async Task FindAsync_AfterCacheDuration_RefetchesAndDropsRetiredKeys()
    {
        await FindAsync(TestSigningKey.Primary.KeyId);
        _h.Server.PublishJwks(TestSigningKey.Jwks(TestSigningKey.Rotated.ToJwk("msteams")));
        _h.Time.Advance(TimeSpan.FromDays(5));

        Assert.Null(await FindAsync(TestSigningKey.Primary.KeyId));

        Assert.Equal(2, _h.Server.MetadataRequests);
        Assert.Equal(2, _h.Server.KeysRequests);
    }

    [Fact]
    public async Task FindAsync_ConcurrentFirstCalls_FetchOnce()
    {
        var lookups = Enumerable.Range(0, 20).Select(_ => FindAsync(TestSigningKey.Primary.KeyId)).ToArray();

        var keys = await Task.WhenAll(lookups);

        Assert.All(keys, Assert.NotNull);
        Assert.Equal(1, _h.Server.MetadataRequests);
        Assert.Equal(1, _h.Server.KeysRequests);
    }

    [Fact]
    public async Task FindAsync_KeyServerDown_ReturnsNullAndWaitsBeforeRetrying()
    {
        _h.Server.Failing = true;

        Assert.Null(await FindAsync(TestSigningKey.Primary.KeyId));
        Assert.Null(await FindAsync(TestSigningKey.Primary.KeyId));
        Assert.Equal(1, _h.Server.MetadataRequests);

        _h.Server.Failing = false;
        _h.Time.Advance(TimeSpan.FromSeconds(30));

        Assert.NotNull(await FindAsync(TestSigningKey.Primary.KeyId));
        Assert.Equal(2, _h.Server.MetadataRequests);
    }

    [Fact]
    public async Task FindAsync_RefreshFailsAfterExpiry_KeepsUsingPreviousKeys()
    {
        await FindAsync(TestSigningKey.Primary.KeyId);
        _h.Server.Failing = true;
        _h.Time.Advance(TimeSpan.FromDays(6));

        var key = await FindAsync(TestSigningKey.Primary.KeyId);

        Assert.NotNull(key);
        Assert.Equal(2, _h.Server.MetadataRequests);
    }

    [Fact]
    public async Task FindAsync_JwksUriOverPlainHttpToRemoteHost_LoadsNoKeys()
    {
        _h.Server.OverrideJwksUri("http://keys.example.com/v1/.well-known/keys");

        Assert.Null(await FindAsync(TestSigningKey.Primary.KeyId));

        Assert.Equal(1, _h.Server.MetadataRequests);
        Assert.Equal(0, _h.Server.KeysRequests);
    }

    [Fact]
    public async Task FindAsync_JwksNotJson_LoadsNoKeys()
    {
        _h.Server.PublishJwks("<html>maintenance</html>");

        Assert.Null(await FindAsync(TestSigningKey.Primary.KeyId));
    }
}

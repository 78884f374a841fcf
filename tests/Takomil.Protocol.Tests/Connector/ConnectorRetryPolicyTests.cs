using System.Net.Http.Headers;
using Takomil.Protocol.Connector;

namespace Takomil.Protocol.Tests.Connector;

public sealed class ConnectorRetryPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, 1000)]
    [InlineData(1, 2000)]
    [InlineData(2, 4000)]
    [InlineData(5, 30000)]
    [InlineData(40, 30000)]
    public void GetDelay_NoRetryAfterAndFullJitterAtTop_IsExponentialUpToMaxDelay(int retry, int expectedMs)
    {
        var policy = new ConnectorRetryPolicy(new ConnectorOptions(), jitter: () => 1.0);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), policy.GetDelay(retry, null, Now));
    }

    [Fact]
    public void GetDelay_JitterHalf_IsHalfTheCeiling()
    {
        var policy = new ConnectorRetryPolicy(new ConnectorOptions(), jitter: () => 0.5);

        Assert.Equal(TimeSpan.FromSeconds(2), policy.GetDelay(2, null, Now));
    }

    [Fact]
    public void GetDelay_RetryAfterInThePast_IsZero()
    {
        var policy = new ConnectorRetryPolicy(new ConnectorOptions(), jitter: () => 1.0);

        Assert.Equal(TimeSpan.Zero, policy.GetDelay(0, new RetryConditionHeaderValue(Now.AddMinutes(-1)), Now));
    }

    [Theory]
    [InlineData(412, true)]
    [InlineData(429, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(413, false)]
    [InlineData(500, false)]
    public void IsRetryableStatus_TeamsGuidance_OnlyListedStatuses(int status, bool expected) =>
        Assert.Equal(expected, ConnectorRetryPolicy.IsRetryableStatus(status));

    [Fact]
    public void MayRetryWithoutAnswer_PostIsNotIdempotent_OnlyGetAndPut()
    {
        Assert.False(ConnectorRetryPolicy.MayRetryWithoutAnswer(HttpMethod.Post));
        Assert.True(ConnectorRetryPolicy.MayRetryWithoutAnswer(HttpMethod.Put));
        Assert.True(ConnectorRetryPolicy.MayRetryWithoutAnswer(HttpMethod.Get));
    }
}

using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Auth;

namespace Takomil.Protocol.Hosting;

/// <summary>
/// Decides whether an inbound request may be handled: a Bot Framework token when an app id is set,
/// else (local mode) only a loopback caller.
/// </summary>
public sealed class InboundGate
{
    private readonly IOptions<BotAuthOptions> _options;
    private readonly IChannelTokenValidator? _validator;

    public InboundGate(IOptions<BotAuthOptions> options, IChannelTokenValidator? validator = null)
    {
        _options = options;
        _validator = validator;
    }

    public async Task<AuthenticationOutcome> CheckAsync(HttpContext http, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (_options.Value.IsLocalMode)
        {
            var remote = http.Connection.RemoteIpAddress;
            // TestServer (in-process) has no remote address; it cannot be reached from the network.
            if (remote is null || IPAddress.IsLoopback(remote))
            {
                return AuthenticationOutcome.Success(null);
            }
            return AuthenticationOutcome.Forbidden("local mode accepts loopback callers only");
        }
        if (_validator is null)
        {
            return AuthenticationOutcome.Unauthenticated("no token validator registered");
        }
        return await _validator.ValidateAsync(http.Request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null, activity, cancellationToken)
            .ConfigureAwait(false);
    }
}

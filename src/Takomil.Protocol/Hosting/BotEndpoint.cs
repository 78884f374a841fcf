using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Takomil.Protocol.Auth;
using Takomil.Protocol.Routing;

namespace Takomil.Protocol.Hosting;

public static class BotEndpoint
{
    /// <summary>Maps <c>POST /api/messages</c>. Resolving the route table here makes duplicate routes fail at start-up.</summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        _ = endpoints.ServiceProvider.GetRequiredService<RouteTable>();
        var auth = endpoints.ServiceProvider.GetRequiredService<IOptions<BotAuthOptions>>().Value;
        if (auth.IsLocalMode)
        {
            Log.LocalModeWarning(endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Takomil.Protocol.LocalMode"));
        }
        return endpoints.MapPost(pattern, HandleAsync).DisableAntiforgery();
    }

    private static async Task<IResult> HandleAsync(HttpContext http, InboundGate gate, BotApplication bot, IOptions<BotProtocolOptions> options, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger("Takomil.Protocol.Inbound");
        var cancellationToken = http.RequestAborted;
        var (activity, status, problem) = await ActivityReader.ReadAsync(http.Request, options.Value.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
        if (activity is null)
        {
            Log.Rejected(logger, http.Connection.RemoteIpAddress?.ToString(), status, problem ?? "unreadable");
            return Results.Problem(statusCode: status, title: problem);
        }

        var outcome = await gate.CheckAsync(http, activity, cancellationToken).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            var code = outcome.Failure == AuthenticationFailure.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
            Log.Rejected(logger, http.Connection.RemoteIpAddress?.ToString(), code, outcome.Reason ?? "unauthenticated");
            // No detail leaks to the caller: the reason is in the log only.
            return Results.StatusCode(code);
        }

        var response = await bot.ProcessAsync(activity, http.RequestServices, cancellationToken).ConfigureAwait(false);
        if (response is null)
        {
            return Results.Ok();
        }
        return response.Body is null
            ? Results.StatusCode(response.Status)
            : Results.Json(response.Body, ProtocolJson.Options, statusCode: response.Status);
    }
}

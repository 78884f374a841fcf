using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using System.Text.Json.Nodes;

namespace Takomil.Testing.Loopback;

/// <summary>
/// Stands in for login.botframework.com on loopback: serves OpenID metadata whose <c>jwks_uri</c> points back at
/// itself, and whatever JWKS the test publishes. Counts requests so tests can see when keys were (re)fetched.
/// </summary>
public sealed class LoopbackOpenIdServer : IAsyncDisposable
{
    public const string MetadataPath = "v1/.well-known/openidconfiguration";
    public const string KeysPath = "v1/.well-known/keys";

    private readonly WebApplication _app;
    private volatile string _jwksJson = """{"keys":[]}""";
    private volatile string? _jwksUriOverride;
    private int _metadataRequests;
    private int _keysRequests;

    private LoopbackOpenIdServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri MetadataUrl => new(BaseAddress, MetadataPath);

    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    public int KeysRequests => Volatile.Read(ref _keysRequests);

    /// <summary>When set, both endpoints answer 500 (the key server is down).</summary>
    public bool Failing { get; set; }

    public static async Task<LoopbackOpenIdServer> StartAsync()
    {
        LoopbackOpenIdServer? server = null;
        var (app, baseAddress) = await LoopbackServer.StartAsync(a =>
        {
            a.MapGet("/" + MetadataPath, (HttpContext context) => server!.ServeMetadata(context));
            a.MapGet("/" + KeysPath, (HttpContext context) => server!.ServeKeys(context));
        });
        server = new LoopbackOpenIdServer(app, baseAddress);
        return server;
    }

    /// <summary>Replaces the served key set (a key rotation, from the bot's point of view).</summary>
    public void PublishJwks(string jwksJson) => _jwksJson = jwksJson;

    /// <summary>Makes the metadata point somewhere else for its <c>jwks_uri</c>.</summary>
    public void OverrideJwksUri(string jwksUri) => _jwksUriOverride = jwksUri;

    private IResult ServeMetadata(HttpContext context)
    {
        Interlocked.Increment(ref _metadataRequests);
        if (Failing)
        {
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }

        var metadata = new JsonObject
        {
            ["issuer"] = "https://api.botframework.com",
            ["authorization_endpoint"] = "https://invalid.example/authorize",
            ["jwks_uri"] = _jwksUriOverride ?? new Uri(BaseAddress, KeysPath).ToString(),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        };
        return Results.Content(metadata.ToJsonString(), "application/json");
    }

    private IResult ServeKeys(HttpContext context)
    {
        Interlocked.Increment(ref _keysRequests);
        return Failing
            ? Results.StatusCode(StatusCodes.Status500InternalServerError)
            : Results.Content(_jwksJson, "application/json");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

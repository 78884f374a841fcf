namespace Takomil.Protocol.Tests.Support;

/// <summary>Hands out plain clients, as <see cref="IHttpClientFactory"/> would, for code built without DI.</summary>
public sealed class LoopbackHttpClientFactory : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new();
}

using System.Net.Http.Headers;

namespace Takomil.Protocol.Connector;

/// <summary>One logical connector call, before retries: everything needed to (re)build its HTTP request.</summary>
/// <param name="Operation">The Swagger operation name, for logs and error messages.</param>
/// <param name="RelativePath">Below the serviceUrl, segments already escaped (e.g. <c>v3/conversations/a%3A1/activities</c>).</param>
/// <param name="Body">UTF-8 JSON, or null for GET.</param>
/// <param name="ConversationKey">Key for the per-conversation rate limits; null when they do not apply.</param>
internal sealed record ConnectorCall(
    string Operation,
    HttpMethod Method,
    string? ServiceUrl,
    string RelativePath,
    ReadOnlyMemory<byte>? Body,
    string? ConversationKey);

/// <summary>The answer to one attempt; <see cref="Status"/> 0 when none came.</summary>
internal sealed record ConnectorAttempt(int Status, ReadOnlyMemory<byte> Body, RetryConditionHeaderValue? RetryAfter, Exception? Failure)
{
    public bool IsSuccess => Status is 200 or 201 or 202;
}

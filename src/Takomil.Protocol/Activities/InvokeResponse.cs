using System.Text.Json;

namespace Takomil.Protocol.Activities;

/// <summary>The synchronous answer to an <c>invoke</c> activity: HTTP status and body.</summary>
public sealed record InvokeResponse(int Status, object? Body)
{
    public static InvokeResponse Ok(object? body = null) => new(200, body);
}

/// <summary>The body of an <c>adaptiveCard/action</c> invoke response (brief §4).</summary>
public sealed class AdaptiveCardInvokeResponse
{
    public int StatusCode { get; set; } = 200;
    public string Type { get; set; } = ContentTypes.ActivityMessage;
    public object? Value { get; set; }

    public static AdaptiveCardInvokeResponse Card(JsonElement card) =>
        new() { StatusCode = 200, Type = ContentTypes.AdaptiveCard, Value = card };

    public static AdaptiveCardInvokeResponse Message(string text) =>
        new() { StatusCode = 200, Type = ContentTypes.ActivityMessage, Value = text };

    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) =>
        new() { StatusCode = statusCode, Type = ContentTypes.Error, Value = new ErrorBody { Code = code, Message = message } };
}

/// <summary>The <c>value</c> of an <c>adaptiveCard/action</c> invoke.</summary>
public sealed class AdaptiveCardInvokeValue
{
    public AdaptiveCardInvokeAction? Action { get; set; }
    public string? Trigger { get; set; }
}

public sealed class AdaptiveCardInvokeAction
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Verb { get; set; }
    public JsonElement? Data { get; set; }
}

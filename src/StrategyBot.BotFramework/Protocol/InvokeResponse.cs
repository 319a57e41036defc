using System.Text.Json.Nodes;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// The synchronous answer to an <c>invoke</c>. For <c>adaptiveCard/action</c> Teams expects HTTP 200 with a body
/// <c>{statusCode, type, value}</c> (Universal Actions doc, see docs/bot-protocol.md#universal-actions).
/// </summary>
public sealed class InvokeResponse
{
    /// <summary>The content type of a card that replaces the invoking card.</summary>
    public const string CardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The content type of a plain message shown under the card.</summary>
    public const string MessageType = "application/vnd.microsoft.activity.message";

    /// <summary>The content type of an error.</summary>
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>The status inside the body (the HTTP status is always 200).</summary>
    public int StatusCode { get; init; } = 200;

    /// <summary>One of the content types above.</summary>
    public required string Type { get; init; }

    /// <summary>The card, message string or error object.</summary>
    public JsonNode? Value { get; init; }

    /// <summary>A card that replaces the one the user acted on.</summary>
    public static InvokeResponse Card(JsonObject card) => new() { Type = CardType, Value = card };

    /// <summary>A short message shown under the card.</summary>
    public static InvokeResponse Message(string text) => new() { Type = MessageType, Value = JsonValue.Create(text) };

    /// <summary>An error shown under the card.</summary>
    public static InvokeResponse Error(int statusCode, string code, string message) => new()
    {
        StatusCode = statusCode,
        Type = ErrorType,
        Value = new JsonObject { ["code"] = code, ["message"] = message },
    };
}

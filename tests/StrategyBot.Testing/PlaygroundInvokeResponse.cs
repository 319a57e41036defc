using System.Text.Json.Nodes;

namespace StrategyBot.Testing;

/// <summary>
/// The bot's answer to an invoke as <c>POST /_conversation/v1/invoke</c> returns it: <c>{type, value}</c>
/// (the Playground drops <c>statusCode</c>; docs/playground.md#invoke-response).
/// </summary>
/// <param name="Type">For example application/vnd.microsoft.card.adaptive or application/vnd.microsoft.activity.message.</param>
/// <param name="Value">The refreshed card, the message text or the error object.</param>
public sealed record PlaygroundInvokeResponse(string? Type, JsonNode? Value)
{
    /// <summary>The content type of a card that replaces the invoking card.</summary>
    public const string CardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The content type of a message shown under the card.</summary>
    public const string MessageType = "application/vnd.microsoft.activity.message";

    /// <summary>The refreshed card, when <see cref="Type"/> is <see cref="CardType"/>.</summary>
    public JsonObject? Card => Type == CardType ? Value as JsonObject : null;
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategyBot.Testing;

/// <summary>
/// One bot message as the Playground pushed it on its conversation WebSocket (<c>createMessage</c> or
/// <c>updateMessage</c>). The Playground splits a reply that has text and attachments into two messages.
/// </summary>
public sealed class PlaygroundMessage
{
    private const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Wraps one WebSocket event; <paramref name="index"/> is its arrival order from 0.</summary>
    public PlaygroundMessage(int index, string action, string conversationId, JsonObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Index = index;
        Action = action;
        ConversationId = conversationId;
        Raw = message;
    }

    /// <summary>Arrival order on the WebSocket, from 0.</summary>
    public int Index { get; }

    /// <summary><c>createMessage</c> for a new message, <c>updateMessage</c> when the bot replaced one.</summary>
    public string Action { get; }

    /// <summary>The chat the message is in.</summary>
    public string ConversationId { get; }

    /// <summary>The message as the Playground sent it.</summary>
    public JsonObject Raw { get; }

    /// <summary>The id to use as <c>replyToId</c> for a submit or invoke on this message's card.</summary>
    public string MessageId => StringOf(Raw["messageId"]) ?? "";

    /// <summary>The message text, or null for attachment-only messages.</summary>
    public string? Text => StringOf(Raw["text"]);

    /// <summary>True when the bot updated an earlier message rather than sending a new one.</summary>
    public bool IsUpdate => Action == "updateMessage";

    /// <summary>The contents of the Adaptive Card attachments.</summary>
    public IReadOnlyList<JsonObject> AdaptiveCards =>
        (Raw["attachments"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(attachment => StringOf(attachment["contentType"]) == AdaptiveCardContentType)
            .Select(attachment => attachment["content"])
            .OfType<JsonObject>()
            .ToList();

    /// <summary>The titles or values of the suggested actions (quick replies).</summary>
    public IReadOnlyList<string> SuggestedActionTitles =>
        (Raw["suggestedActions"]?["actions"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(action => StringOf(action["title"]) ?? StringOf(action["value"]) ?? "")
            .ToList();

    /// <summary>Every action of <paramref name="actionType"/> (e.g. Action.Submit) in this message's cards, nested ones included.</summary>
    public IReadOnlyList<JsonObject> FindCardActions(string actionType)
    {
        var found = new List<JsonObject>();
        foreach (var card in AdaptiveCards)
        {
            Collect(card, actionType, found);
        }

        return found;
    }

    /// <summary>Everything a person would read in the message: its text and the text of its cards.</summary>
    public string AllText()
    {
        var parts = new List<string>();
        if (Text is { } text)
        {
            parts.Add(text);
        }

        foreach (var card in AdaptiveCards)
        {
            CollectText(card, parts);
        }

        return string.Join(Environment.NewLine, parts);
    }

    /// <summary>A one-line summary for failure messages.</summary>
    public override string ToString()
    {
        var cards = AdaptiveCards.Count > 0 ? $" [{AdaptiveCards.Count} card(s)]" : "";
        var text = AllText().ReplaceLineEndings(" ");
        return $"#{Index} {Action} {MessageId}{cards}: {(text.Length > 160 ? text[..160] + "..." : text)}";
    }

    private static void Collect(JsonNode? node, string actionType, List<JsonObject> found)
    {
        switch (node)
        {
            case JsonObject element:
                if (StringOf(element["type"]) == actionType)
                {
                    found.Add(element);
                }

                foreach (var (_, child) in element)
                {
                    Collect(child, actionType, found);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, actionType, found);
                }

                break;
        }
    }

    private static void CollectText(JsonNode? node, List<string> parts)
    {
        switch (node)
        {
            case JsonObject element:
                foreach (var (name, child) in element)
                {
                    if (name is "text" or "title" or "value" && StringOf(child) is { } value)
                    {
                        parts.Add(value);
                    }
                    else
                    {
                        CollectText(child, parts);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    CollectText(child, parts);
                }

                break;
        }
    }

    private static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}

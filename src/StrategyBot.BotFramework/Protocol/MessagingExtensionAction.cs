using System.Text.Json.Nodes;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// The <c>value</c> of <c>composeExtension/fetchTask</c> and <c>composeExtension/submitAction</c>: the command, where
/// it was started, the dialog's submitted data and, from a message's "…" menu, that message. Read defensively: the
/// value is client-controlled, so a field of the wrong JSON kind counts as absent.
/// </summary>
public sealed class MessagingExtensionAction
{
    /// <summary>The command's id from the manifest.</summary>
    public required string CommandId { get; init; }

    /// <summary><c>message</c>, <c>compose</c> or <c>commandbox</c>; null when absent.</summary>
    public string? CommandContext { get; init; }

    /// <summary>The dialog's inputs merged with its submit action's data (submitAction only).</summary>
    public JsonObject? Data { get; init; }

    /// <summary>The body of the message the command was started on (<c>messagePayload.body.content</c>).</summary>
    public string? MessageContent { get; init; }

    /// <summary><c>html</c> or <c>text</c>: how to read <see cref="MessageContent"/>.</summary>
    public string? MessageContentType { get; init; }

    /// <summary>Reads <paramref name="value"/>; false when it is not an object with a string <c>commandId</c>.</summary>
    public static bool TryRead(JsonNode? value, out MessagingExtensionAction action)
    {
        action = null!;
        if (value is not JsonObject invoke || ProtocolNodes.String(invoke["commandId"]) is not { Length: > 0 } commandId)
        {
            return false;
        }

        var body = invoke["messagePayload"] is JsonObject payload && payload["body"] is JsonObject b ? b : null;
        action = new MessagingExtensionAction
        {
            CommandId = commandId,
            CommandContext = ProtocolNodes.String(invoke["commandContext"]),
            Data = invoke["data"] as JsonObject,
            MessageContent = ProtocolNodes.String(body?["content"]),
            MessageContentType = ProtocolNodes.String(body?["contentType"]),
        };
        return true;
    }
}

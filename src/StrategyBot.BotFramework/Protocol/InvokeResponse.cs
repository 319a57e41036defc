using System.Text.Json.Nodes;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// The synchronous answer to an <c>invoke</c>, always sent with HTTP 200. Its body depends on the invoke: for
/// <c>adaptiveCard/action</c> Teams expects <c>{statusCode, type, value}</c> (docs/bot-protocol.md#universal-actions);
/// for the message-extension invokes (<c>composeExtension/*</c>) it expects <c>{task}</c> or <c>{composeExtension}</c>
/// (docs/bot-protocol.md#message-extensions). Build one with the factories, which set one shape or the other.
/// </summary>
public sealed class InvokeResponse
{
    /// <summary>The content type of a card that replaces the invoking card.</summary>
    public const string CardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The content type of a plain message shown under the card.</summary>
    public const string MessageType = "application/vnd.microsoft.activity.message";

    /// <summary>The content type of an error.</summary>
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>The status inside a Universal Actions body (the HTTP status is always 200); null in a message-extension body.</summary>
    public int? StatusCode { get; init; } = 200;

    /// <summary>One of the content types above; null in a message-extension body.</summary>
    public string? Type { get; init; }

    /// <summary>The card, message string or error object.</summary>
    public JsonNode? Value { get; init; }

    /// <summary>A message extension's dialog (task module) answer: show a dialog, or a message in one.</summary>
    public TaskModuleResponse? Task { get; init; }

    /// <summary>A message extension's result: cards to insert into the compose box, or a plain message.</summary>
    public MessagingExtensionResult? ComposeExtension { get; init; }

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

    /// <summary>
    /// A short text in the shape the invoke <paramref name="invokeName"/> wants: a message in a dialog for a message
    /// extension's action, a message in its pane for its search, a message under the card for everything else.
    /// </summary>
    public static InvokeResponse Text(string? invokeName, string text) => invokeName switch
    {
        MessagingExtensionInvokes.FetchTask or MessagingExtensionInvokes.SubmitAction => Dialog(TaskModuleResponse.Message(text)),
        _ when MessagingExtensionInvokes.IsMessagingExtension(invokeName) => Compose(MessagingExtensionResult.Message(text)),
        _ => Message(text),
    };

    /// <summary>A message-extension answer that opens (or keeps open) a dialog, or shows a message in one.</summary>
    public static InvokeResponse Dialog(TaskModuleResponse task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new() { StatusCode = null, Task = task };
    }

    /// <summary>A message-extension answer with results or a message for the compose box.</summary>
    public static InvokeResponse Compose(MessagingExtensionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new() { StatusCode = null, ComposeExtension = result };
    }
}

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// The <c>composeExtension</c> of a message-extension invoke response: <c>result</c> lists cards (the user picks one
/// into the compose box), <c>message</c> shows plain text in the extension's pane (docs/bot-protocol.md#message-extensions).
/// </summary>
public sealed class MessagingExtensionResult
{
    /// <summary>Cards in <see cref="Attachments"/>.</summary>
    public const string ResultType = "result";

    /// <summary>Plain text in <see cref="Text"/>.</summary>
    public const string MessageType = "message";

    /// <summary><see cref="ResultType"/> or <see cref="MessageType"/>.</summary>
    public required string Type { get; init; }

    /// <summary><c>list</c> or <c>grid</c>; for results.</summary>
    public string? AttachmentLayout { get; init; }

    /// <summary>The result cards, each with its preview.</summary>
    public IList<MessagingExtensionAttachment>? Attachments { get; init; }

    /// <summary>The message; for <see cref="MessageType"/>.</summary>
    public string? Text { get; init; }

    /// <summary>A list of result cards.</summary>
    public static MessagingExtensionResult Result(IEnumerable<MessagingExtensionAttachment> attachments)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        return new() { Type = ResultType, AttachmentLayout = "list", Attachments = [.. attachments] };
    }

    /// <summary>Plain text shown in the extension's pane (Teams renders no formatting in it).</summary>
    public static MessagingExtensionResult Message(string text) => new() { Type = MessageType, Text = text };
}

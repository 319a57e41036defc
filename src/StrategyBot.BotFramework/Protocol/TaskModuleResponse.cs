using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// The <c>task</c> of a message-extension invoke response: <c>continue</c> shows a dialog with a card,
/// <c>message</c> shows a line of text in a small dialog (docs/bot-protocol.md#message-extensions).
/// </summary>
public sealed class TaskModuleResponse
{
    /// <summary>Show the dialog in <see cref="Value"/>.</summary>
    public const string ContinueType = "continue";

    /// <summary>Show the text in <see cref="Value"/>.</summary>
    public const string MessageType = "message";

    /// <summary><see cref="ContinueType"/> or <see cref="MessageType"/>.</summary>
    public required string Type { get; init; }

    /// <summary>A <see cref="TaskModuleTaskInfo"/> object for continue, a string for message.</summary>
    public JsonNode? Value { get; init; }

    /// <summary>A dialog with <paramref name="info"/>'s title, size and card.</summary>
    public static TaskModuleResponse Continue(TaskModuleTaskInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new() { Type = ContinueType, Value = JsonSerializer.SerializeToNode(info, ProtocolJsonContext.Default.TaskModuleTaskInfo) };
    }

    /// <summary>A small dialog that shows <paramref name="text"/>.</summary>
    public static TaskModuleResponse Message(string text) => new() { Type = MessageType, Value = JsonValue.Create(text) };
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>The conversation an activity belongs to.</summary>
public sealed class ConversationAccount
{
    /// <summary>Opaque conversation id; never parse it.</summary>
    public string? Id { get; set; }

    /// <summary>The Entra tenant of the conversation.</summary>
    public string? TenantId { get; set; }

    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c> in Teams.</summary>
    public string? ConversationType { get; set; }

    /// <summary>True for group chats and channels.</summary>
    public bool? IsGroup { get; set; }

    /// <summary>Display name of the conversation.</summary>
    public string? Name { get; set; }

    /// <summary>Unknown fields, preserved.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}

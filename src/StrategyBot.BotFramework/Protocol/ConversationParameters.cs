using System.Text.Json.Nodes;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>The body of <c>POST /v3/conversations</c>.</summary>
public sealed class ConversationParameters
{
    /// <summary>False for a 1:1 chat. Always written, because Teams needs it explicitly.</summary>
    public bool IsGroup { get; set; }

    /// <summary>The bot account (<c>28:&lt;appId&gt;</c> in Teams).</summary>
    public ChannelAccount? Bot { get; set; }

    /// <summary>The members; for a Teams 1:1 chat exactly one user.</summary>
    public IList<ChannelAccount>? Members { get; set; }

    /// <summary>The Entra tenant of the conversation.</summary>
    public string? TenantId { get; set; }

    /// <summary>Channel-specific data; Teams wants <c>{"tenant":{"id":…}}</c>.</summary>
    public JsonObject? ChannelData { get; set; }

    /// <summary>An optional first activity to post into the new conversation.</summary>
    public Activity? Activity { get; set; }

    /// <summary>An optional topic (group conversations only).</summary>
    public string? TopicName { get; set; }

    /// <summary>
    /// Parameters for a Teams 1:1 chat between the bot and one user. <paramref name="userId"/> is the user's
    /// <c>29:</c> id or Entra object id; putting it in <c>aadObjectId</c> instead answers 400 (msteams-docs#14079).
    /// </summary>
    public static ConversationParameters ForPersonalChat(string botId, string userId, string tenantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(botId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        return new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = botId },
            Members = [new ChannelAccount { Id = userId }],
            TenantId = tenantId,
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        };
    }
}

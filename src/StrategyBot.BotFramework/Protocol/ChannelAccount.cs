using System.Text.Json;
using System.Text.Json.Serialization;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>A user or bot account: <c>from</c>, <c>recipient</c> and members.</summary>
public sealed class ChannelAccount
{
    /// <summary>The channel id of the account (<c>29:…</c> users, <c>28:…</c> bots in Teams).</summary>
    public string? Id { get; set; }

    /// <summary>Display name.</summary>
    public string? Name { get; set; }

    /// <summary>Entra object id.</summary>
    public string? AadObjectId { get; set; }

    /// <summary><c>user</c> or <c>bot</c>.</summary>
    public string? Role { get; set; }

    /// <summary>Unknown fields, preserved.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}

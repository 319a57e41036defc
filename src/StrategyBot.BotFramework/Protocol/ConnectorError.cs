using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>The details of a connector error, for example code <c>ConversationBlockedByUser</c>.</summary>
public sealed class ConnectorError
{
    /// <summary>The error code.</summary>
    public string? Code { get; set; }

    /// <summary>A finer code Teams sends on some errors, for example <c>MessageWritesBlocked</c> with a 403.</summary>
    public string? SubCode { get; set; }

    /// <summary>The human-readable message.</summary>
    public string? Message { get; set; }

    /// <summary>The upstream status and body, when the connector relays one.</summary>
    public JsonObject? InnerHttpError { get; set; }

    /// <summary>Unknown fields, preserved.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}

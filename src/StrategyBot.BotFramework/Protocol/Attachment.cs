using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>An attachment; for Adaptive Cards <see cref="ContentType"/> is <see cref="AdaptiveCardContentType"/>.</summary>
public sealed class Attachment
{
    /// <summary>The MIME type of Adaptive Card attachments.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>MIME type of the content.</summary>
    public string? ContentType { get; set; }

    /// <summary>Inline content, for example the card JSON.</summary>
    public JsonNode? Content { get; set; }

    /// <summary>A URL to the content instead of inline content.</summary>
    public string? ContentUrl { get; set; }

    /// <summary>File name.</summary>
    public string? Name { get; set; }

    /// <summary>Unknown fields (for example <c>thumbnailUrl</c> or Teams additions), preserved for round trips.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>Creates an Adaptive Card attachment.</summary>
    public static Attachment AdaptiveCard(JsonObject card) =>
        new() { ContentType = AdaptiveCardContentType, Content = card };
}

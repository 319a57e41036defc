using System.Text.Json.Nodes;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// One message-extension result: the card that goes into the message, and the preview Teams lists it by. An Adaptive
/// Card result needs a thumbnail or hero preview, or Teams lists nothing for it (docs/bot-protocol.md#message-extensions).
/// </summary>
public sealed class MessagingExtensionAttachment
{
    /// <summary>The MIME type of a thumbnail card, the usual preview.</summary>
    public const string ThumbnailCardContentType = "application/vnd.microsoft.card.thumbnail";

    /// <summary>MIME type of <see cref="Content"/>.</summary>
    public required string ContentType { get; init; }

    /// <summary>The card.</summary>
    public required JsonNode Content { get; init; }

    /// <summary>The entry in the result list.</summary>
    public Attachment? Preview { get; init; }

    /// <summary>An Adaptive Card result listed as a thumbnail with <paramref name="title"/> and <paramref name="text"/>.</summary>
    public static MessagingExtensionAttachment AdaptiveCard(JsonObject card, string title, string? text)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new()
        {
            ContentType = Attachment.AdaptiveCardContentType,
            Content = card,
            Preview = new Attachment
            {
                ContentType = ThumbnailCardContentType,
                Content = text is null ? new JsonObject { ["title"] = title } : new JsonObject { ["title"] = title, ["text"] = text },
            },
        };
    }
}

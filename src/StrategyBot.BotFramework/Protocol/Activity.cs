using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// A Bot Framework activity. Known fields are typed; everything else Teams sends is kept in
/// <see cref="ExtensionData"/> so that it survives a round trip (Teams adds fields often).
/// </summary>
public sealed class Activity
{
    /// <summary>The activity type, for example <c>message</c> or <c>invoke</c>; see <see cref="ActivityTypes"/>.</summary>
    public string? Type { get; set; }

    /// <summary>The channel-assigned id; opaque.</summary>
    public string? Id { get; set; }

    /// <summary>UTC time the channel stamped.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The user's local time with offset.</summary>
    public DateTimeOffset? LocalTimestamp { get; set; }

    /// <summary>IANA time zone of the user, when the client sends it.</summary>
    public string? LocalTimezone { get; set; }

    /// <summary>Where replies go.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The channel, <c>msteams</c> for Teams.</summary>
    public string? ChannelId { get; set; }

    /// <summary>The sender.</summary>
    public ChannelAccount? From { get; set; }

    /// <summary>The receiver (the bot on inbound activities).</summary>
    public ChannelAccount? Recipient { get; set; }

    /// <summary>The conversation.</summary>
    public ConversationAccount? Conversation { get; set; }

    /// <summary>Message text.</summary>
    public string? Text { get; set; }

    /// <summary><c>plain</c>, <c>markdown</c> or <c>xml</c>.</summary>
    public string? TextFormat { get; set; }

    /// <summary>Locale such as <c>en-US</c> or <c>fa-IR</c>.</summary>
    public string? Locale { get; set; }

    /// <summary>Alternative text for cards, shown in notifications and by screen readers.</summary>
    public string? Summary { get; set; }

    /// <summary>Attachments such as Adaptive Cards.</summary>
    public IList<Attachment>? Attachments { get; set; }

    /// <summary><c>list</c> or <c>carousel</c>.</summary>
    public string? AttachmentLayout { get; set; }

    /// <summary>Suggested actions (quick replies) shown under a message.</summary>
    public SuggestedActions? SuggestedActions { get; set; }

    /// <summary>Entities such as mentions and <c>clientInfo</c>.</summary>
    public IList<JsonObject>? Entities { get; set; }

    /// <summary>Channel-specific data; for Teams <c>tenant</c>, <c>team</c>, <c>channel</c>, <c>eventType</c>.</summary>
    public JsonObject? ChannelData { get; set; }

    /// <summary>Card submit payload (message) or invoke payload.</summary>
    public JsonNode? Value { get; set; }

    /// <summary>The invoke or event name, for example <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; set; }

    /// <summary>The installationUpdate action: <c>add</c>, <c>remove</c>, <c>add-upgrade</c>, <c>remove-upgrade</c>.</summary>
    public string? Action { get; set; }

    /// <summary>The activity this one replies to; for card submits, the card's message id.</summary>
    public string? ReplyToId { get; set; }

    /// <summary>Members added by a conversationUpdate.</summary>
    public IList<ChannelAccount>? MembersAdded { get; set; }

    /// <summary>Members removed by a conversationUpdate.</summary>
    public IList<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary>Every field this type does not name, preserved for round trips.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>A copy whose own fields can be set without touching this one (nested objects are shared).</summary>
    internal Activity ShallowCopy() => (Activity)MemberwiseClone();
}

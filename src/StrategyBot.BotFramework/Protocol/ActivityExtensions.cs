using System.Text.Json.Nodes;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>Readers for Teams-specific details of an activity. None of them throws on odd shapes.</summary>
public static class ActivityExtensions
{
    /// <summary>
    /// The Entra tenant: <c>conversation.tenantId</c>, else <c>channelData.tenant.id</c> (botbuilder copies the latter
    /// into the former when it is missing, docs/bot-protocol.md#identifiers).
    /// </summary>
    public static string? GetTenantId(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var fromConversation = activity.Conversation?.TenantId;
        if (!string.IsNullOrEmpty(fromConversation))
        {
            return fromConversation;
        }

        return AsString(AsObject(activity.ChannelData?["tenant"])?["id"]);
    }

    /// <summary>
    /// The message text without the bot's own @mention: every <c>mention</c> entity whose <c>mentioned.id</c> equals
    /// <c>recipient.id</c> has its <c>text</c> removed, then the result is trimmed (as botbuilder's
    /// RemoveRecipientMention does). Returns null when the activity has no text.
    /// </summary>
    public static string? GetTextWithoutRecipientMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text;
        var botId = activity.Recipient?.Id;
        if (text is null || string.IsNullOrEmpty(botId) || activity.Entities is null)
        {
            return text?.Trim();
        }

        foreach (var entity in activity.Entities)
        {
            if (entity is null || !string.Equals(AsString(entity["type"]), "mention", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var mentionedId = AsString(AsObject(entity["mentioned"])?["id"]);
            var mentionText = AsString(entity["text"]);
            if (string.Equals(mentionedId, botId, StringComparison.Ordinal) && !string.IsNullOrEmpty(mentionText))
            {
                text = text.Replace(mentionText, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        return text.Trim();
    }

    /// <summary>
    /// The people @mentioned in the message other than the bot itself: each <c>mention</c> entity's <c>mentioned</c>
    /// account (id and name; Teams gives no Entra id there), once per id, in the order of the entities.
    /// </summary>
    public static IReadOnlyList<ChannelAccount> GetMentionedUsers(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var found = new List<ChannelAccount>();
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity is null || !string.Equals(AsString(entity["type"]), "mention", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var mentioned = AsObject(entity["mentioned"]);
            var id = AsString(mentioned?["id"]);
            if (id is not null && id != activity.Recipient?.Id && found.TrueForAll(a => a.Id != id))
            {
                found.Add(new ChannelAccount { Id = id, Name = AsString(mentioned?["name"]) });
            }
        }

        return found;
    }

    /// <summary>
    /// The user's IANA time zone: <c>localTimezone</c>, else the <c>clientInfo</c> entity's <c>timezone</c>;
    /// null when neither is sent (then use a stored setting or UTC).
    /// </summary>
    public static string? GetTimeZoneId(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return !string.IsNullOrWhiteSpace(activity.LocalTimezone)
            ? activity.LocalTimezone
            : AsString(FindClientInfo(activity)?["timezone"]);
    }

    /// <summary>The user's locale: <c>locale</c>, else the <c>clientInfo</c> entity's <c>locale</c>.</summary>
    public static string? GetLocale(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return !string.IsNullOrWhiteSpace(activity.Locale)
            ? activity.Locale
            : AsString(FindClientInfo(activity)?["locale"]);
    }

    private static JsonObject? FindClientInfo(Activity activity) => activity.Entities?.FirstOrDefault(
        entity => entity is not null
            && string.Equals(AsString(entity["type"]), "clientInfo", StringComparison.OrdinalIgnoreCase));

    private static JsonObject? AsObject(JsonNode? node) => node as JsonObject;

    private static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// A queued replacement of a message the bot sent earlier (connector <c>PUT</c>, docs/bot-protocol.md#connector-rest-api), for example a
/// card that has been answered and must not be submitted again. Addressing is filled in on delivery, like a reply's.
/// </summary>
public sealed class ActivityUpdate
{
    /// <summary>Creates an update that replaces activity <paramref name="activityId"/> with <paramref name="activity"/>.</summary>
    public ActivityUpdate(string activityId, Activity activity, string? conversationId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        ActivityId = activityId;
        Activity = activity;
        ConversationId = string.IsNullOrWhiteSpace(conversationId) ? null : conversationId;
    }

    /// <summary>
    /// The thread the message was posted in, when it is another thread of the inbound activity's channel; null for the
    /// inbound conversation itself. Delivery refuses one outside the inbound conversation (see <see cref="ReplyDelivery"/>).
    /// </summary>
    public string? ConversationId { get; }

    /// <summary>The connector's id of the message to replace.</summary>
    public string ActivityId { get; }

    /// <summary>The new content of that message.</summary>
    public Activity Activity { get; }
}

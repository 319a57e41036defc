namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// The longest ids and addresses the endpoint accepts, checked before a turn runs so no storage work is spent on them.
/// Teams' own are far shorter (user ids "29:…" and conversation ids "a:…" or "19:…@thread.v2" are under 200
/// characters, activity ids under 100; see the README's "Limits of an activity"), so the limits are generous for every real
/// id and still keep a hostile one from filling a stored document: an activity id is kept in the user's state (the
/// recent-ids list holds 50), the addressing in the conversation reference.
/// </summary>
internal static class ActivityLimits
{
    /// <summary>Activity ids (<c>id</c>, <c>replyToId</c>) and the channel id.</summary>
    public const int MaxActivityIdLength = 256;

    /// <summary>Conversation ids; a Teams channel thread id with its message id suffix is about 150.</summary>
    public const int MaxConversationIdLength = 512;

    /// <summary>Account ids (<c>from</c>, <c>recipient</c>, members), Entra object ids and tenant ids.</summary>
    public const int MaxAccountIdLength = 256;

    /// <summary>The service URL.</summary>
    public const int MaxServiceUrlLength = 2048;

    /// <summary>Why <paramref name="activity"/> is refused, or null when every id fits.</summary>
    public static string? FindViolation(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return TooLong("id", activity.Id, MaxActivityIdLength)
            ?? TooLong("replyToId", activity.ReplyToId, MaxActivityIdLength)
            ?? TooLong("channelId", activity.ChannelId, MaxActivityIdLength)
            ?? TooLong("serviceUrl", activity.ServiceUrl, MaxServiceUrlLength)
            ?? TooLong("conversation.id", activity.Conversation?.Id, MaxConversationIdLength)
            ?? TooLong("conversation.tenantId", activity.Conversation?.TenantId, MaxAccountIdLength)
            ?? TooLong("channelData.tenant.id", activity.GetTenantId(), MaxAccountIdLength)
            ?? Account("from", activity.From)
            ?? Account("recipient", activity.Recipient)
            ?? Members("membersAdded", activity.MembersAdded)
            ?? Members("membersRemoved", activity.MembersRemoved);
    }

    private static string? Account(string field, ChannelAccount? account) =>
        TooLong(field + ".id", account?.Id, MaxAccountIdLength)
            ?? TooLong(field + ".aadObjectId", account?.AadObjectId, MaxAccountIdLength);

    private static string? Members(string field, IList<ChannelAccount>? members)
    {
        if (members is null)
        {
            return null;
        }

        foreach (var member in members)
        {
            if (Account(field, member) is { } violation)
            {
                return violation;
            }
        }

        return null;
    }

    private static string? TooLong(string field, string? value, int limit) =>
        value is { Length: var length } && length > limit ? $"{field} is {length} characters long (limit {limit})" : null;
}

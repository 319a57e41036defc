namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// What a proactive send needs: where to post (service URL, channel), the conversation and tenant, and who is who.
/// Store one from every authenticated inbound activity; Teams says the service URL is stable but can change, so
/// overwrite it each time (Get Teams context, docs/bot-protocol.md#service-url).
/// </summary>
public sealed class ConversationReference
{
    /// <summary>The connector base URL for the conversation.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The channel, <c>msteams</c> for Teams.</summary>
    public string? ChannelId { get; set; }

    /// <summary>The conversation (id, type, tenant).</summary>
    public ConversationAccount? Conversation { get; set; }

    /// <summary>The Entra tenant of the conversation.</summary>
    public string? TenantId { get; set; }

    /// <summary>The user (<c>from</c> of the inbound activity).</summary>
    public ChannelAccount? User { get; set; }

    /// <summary>The bot (<c>recipient</c> of the inbound activity).</summary>
    public ChannelAccount? Bot { get; set; }

    /// <summary>The inbound activity id, for threaded replies.</summary>
    public string? ActivityId { get; set; }

    /// <summary>The user's locale when the reference was taken.</summary>
    public string? Locale { get; set; }

    /// <summary>Copies the addressing fields of an inbound activity; nothing else of it is kept.</summary>
    public static ConversationReference FromActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var tenantId = activity.GetTenantId();
        return new ConversationReference
        {
            ServiceUrl = activity.ServiceUrl,
            ChannelId = activity.ChannelId,
            Conversation = activity.Conversation is { } conversation
                ? new ConversationAccount
                {
                    Id = conversation.Id,
                    TenantId = tenantId,
                    ConversationType = conversation.ConversationType,
                    IsGroup = conversation.IsGroup,
                }
                : null,
            TenantId = tenantId,
            User = CopyAccount(activity.From),
            Bot = CopyAccount(activity.Recipient),
            ActivityId = activity.Id,
            Locale = activity.GetLocale(),
        };
    }

    /// <summary>
    /// Addresses <paramref name="activity"/> to this conversation: conversation, service URL, channel, the bot as
    /// sender and the user as recipient. Returns the same instance.
    /// </summary>
    public Activity ApplyTo(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Type ??= ActivityTypes.Message;
        activity.Conversation = Conversation;
        activity.ServiceUrl = ServiceUrl;
        activity.ChannelId = ChannelId;
        activity.From ??= Bot;
        activity.Recipient ??= User;
        activity.Locale ??= Locale;
        return activity;
    }

    private static ChannelAccount? CopyAccount(ChannelAccount? account) => account is null
        ? null
        : new ChannelAccount { Id = account.Id, Name = account.Name, AadObjectId = account.AadObjectId, Role = account.Role };
}

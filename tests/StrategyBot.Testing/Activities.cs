using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.Testing;

/// <summary>
/// Builders for Teams-shaped inbound activities (personal chat, msteams channel, tenant in both places), with
/// stable ids for the parties and a fresh activity id per call.
/// </summary>
public static class Activities
{
    /// <summary>The service URL of the test conversation.</summary>
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    /// <summary>The Teams channel id.</summary>
    public const string ChannelId = "msteams";

    /// <summary>The tenant of the test user.</summary>
    public const string TenantId = "b7a1c2d3-0000-4000-8000-000000000001";

    /// <summary>The bot account (<c>28:</c> + app id).</summary>
    public const string BotId = "28:" + TestTokens.AppId;

    /// <summary>The user account.</summary>
    public const string UserId = "29:1user-opaque-id";

    /// <summary>The user's Entra object id.</summary>
    public const string UserAadObjectId = "0a1b2c3d-0000-4000-8000-0000000000aa";

    /// <summary>The personal conversation id.</summary>
    public const string ConversationId = "a:1personal-chat-id";

    private static int _sequence;

    /// <summary>A user message.</summary>
    public static Activity Message(string text, string? conversationId = null, string? userId = null)
    {
        var activity = Create(ActivityTypes.Message, conversationId, userId);
        activity.Text = text;
        activity.TextFormat = "plain";
        return activity;
    }

    /// <summary>An Action.Submit: a message with no text and the card's data plus inputs in <c>value</c>.</summary>
    public static Activity CardSubmit(JsonObject value, string replyToId = "card-message-1", string? conversationId = null, string? userId = null)
    {
        var activity = Create(ActivityTypes.Message, conversationId, userId);
        activity.Value = value;
        activity.ReplyToId = replyToId;
        return activity;
    }

    /// <summary>An Action.Execute invoke (<c>adaptiveCard/action</c>).</summary>
    public static Activity AdaptiveCardAction(string verb, JsonObject? data = null, string replyToId = "card-message-1")
    {
        var activity = Create(ActivityTypes.Invoke, conversationId: null, userId: null);
        activity.Name = "adaptiveCard/action";
        activity.ReplyToId = replyToId;
        activity.Value = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data ?? [] },
            ["trigger"] = "manual",
        };
        return activity;
    }

    /// <summary>An invoke named <paramref name="name"/> with <paramref name="value"/>, for example a message extension's.</summary>
    public static Activity Invoke(string name, JsonNode? value, string? conversationId = null, string? userId = null)
    {
        var activity = Create(ActivityTypes.Invoke, conversationId, userId);
        activity.Name = name;
        activity.Value = value;
        return activity;
    }

    /// <summary>A conversationUpdate adding the user and the bot, as Teams sends on install.</summary>
    public static Activity MembersAdded(string? conversationId = null, string? userId = null)
    {
        var activity = Create(ActivityTypes.ConversationUpdate, conversationId, userId);
        activity.MembersAdded =
        [
            new ChannelAccount { Id = userId ?? UserId, AadObjectId = UserAadObjectId },
            new ChannelAccount { Id = BotId },
        ];
        return activity;
    }

    /// <summary>An installationUpdate with <paramref name="action"/> <c>add</c>, <c>remove</c>, <c>add-upgrade</c>….</summary>
    public static Activity InstallationUpdate(string action = "add", string? conversationId = null, string? userId = null)
    {
        var activity = Create(ActivityTypes.InstallationUpdate, conversationId, userId);
        activity.Action = action;
        return activity;
    }

    /// <summary>Any activity type, addressed like the others.</summary>
    public static Activity OfType(string type, string? conversationId = null, string? userId = null) =>
        Create(type, conversationId, userId);

    /// <summary>The activity as the wire JSON.</summary>
    public static string ToJson(Activity activity) => JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);

    private static Activity Create(string type, string? conversationId, string? userId) => new()
    {
        Type = type,
        Id = $"activity-{Interlocked.Increment(ref _sequence)}",
        Timestamp = TimeProvider.System.GetUtcNow(),
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        From = new ChannelAccount { Id = userId ?? UserId, Name = "Ada", AadObjectId = UserAadObjectId },
        Recipient = new ChannelAccount { Id = BotId, Name = "StrategyBot" },
        Conversation = new ConversationAccount
        {
            Id = conversationId ?? ConversationId,
            ConversationType = "personal",
            TenantId = TenantId,
        },
        Locale = "en-US",
        ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };
}

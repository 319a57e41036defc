using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Trust;

/// <summary>
/// One Teams user in one tenant, with a personal chat. Activities come from the shared Teams-shaped builders and get
/// this user's ids in every place Teams puts them (from, conversation, channelData.tenant).
/// </summary>
internal sealed record TrustUser(string TenantId, string UserId, string AadObjectId, string ConversationId)
{
    public const string AnonymousServiceUrl = "http://127.0.0.1:9/connector/";

    public static TrustUser Ada { get; } = new("b7a1c2d3-0000-4000-8000-0000000000t1", "29:1ada", "0a1b2c3d-0000-4000-8000-0000000000aa", "a:1ada-chat");

    public static TrustUser Bob { get; } = new("b7a1c2d3-0000-4000-8000-0000000000t1", "29:1bob", "0a1b2c3d-0000-4000-8000-0000000000bb", "a:1bob-chat");

    /// <summary>Ada's namesake in another tenant: the same user ids, so only the tenant keeps them apart.</summary>
    public static TrustUser AdaInOtherTenant { get; } = Ada with { TenantId = "c8b2d3e4-0000-4000-8000-0000000000t2", ConversationId = "a:1ada-chat-t2" };

    /// <summary>Where replies go: a Teams URL for signed traffic, loopback for the anonymous Playground mode.</summary>
    public string ServiceUrl { get; init; } = Activities.ServiceUrl;

    public StateScope Scope => TableKeysFor();

    public Activity Message(string text, string locale = "en-US") => Address(Activities.Message(text), locale);

    public Activity Submit(JsonObject value, string replyToId = "card-1") => Address(Activities.CardSubmit(value, replyToId), "en-US");

    public Activity Execute(string verb, JsonObject? data = null) => Address(Activities.AdaptiveCardAction(verb, data), "en-US");

    public Activity Install() => Address(Activities.InstallationUpdate(), "en-US");

    public Activity Address(Activity activity, string locale)
    {
        activity.ServiceUrl = ServiceUrl;
        activity.Locale = locale;
        activity.From = new ChannelAccount { Id = UserId, Name = "Test user", AadObjectId = AadObjectId };
        activity.Conversation = new ConversationAccount { Id = ConversationId, ConversationType = "personal", TenantId = TenantId };
        activity.ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } };
        return activity;
    }

    private StateScope TableKeysFor() => TurnScope.From(Message("scope"))!;
}

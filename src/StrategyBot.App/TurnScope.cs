using StrategyBot.App.Storage;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App;

/// <summary>
/// The one place that decides whose state a turn reads and writes: in a channel or group chat, the conversation's own
/// <see cref="StateScopeKind.Conversation"/> scope (its team plan, issue 17; a channel's threads share the channel's);
/// everywhere else, and for a message extension used from any conversation, the sender's own
/// <see cref="StateScopeKind.User"/> scope.
/// A scope is built only from the authenticated activity's addressing (tenant, sender, conversation), never from
/// message text or card data, so no payload can name another user's or another team's plan.
/// </summary>
internal static class TurnScope
{
    /// <summary>Null when the activity does not say who or where the user is; such a turn cannot touch state.</summary>
    public static StateScope? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var tenant = activity.GetTenantId();

        // The Entra object id is the same for the user on every device and survives a reinstall; the 29: id is
        // per bot and user, and is the fallback when Teams omits the object id.
        // Both GUIDs are lower-cased because table keys are case-sensitive and clients differ in how they print them.
        var user = activity.From?.AadObjectId is { Length: > 0 } aad ? aad.ToLowerInvariant() : activity.From?.Id;
        if (string.IsNullOrWhiteSpace(tenant) || string.IsNullOrWhiteSpace(user))
        {
            return null;
        }

        var conversationId = activity.Conversation?.Id;
        var scope = IsShared(activity) && !string.IsNullOrWhiteSpace(conversationId)
            ? StateScope.ForConversation(tenant.ToLowerInvariant(), TeamPlans.ConversationRoster.TopLevel(conversationId))
            : StateScope.ForUser(tenant.ToLowerInvariant(), user);

        // Teams ids are short; ids too long for a table key are not from Teams, so the turn is ignored, not failed.
        return FitsTableKey(scope) ? scope : null;
    }

    /// <summary>
    /// True for a channel or group chat. A message extension's invoke belongs to the user wherever it is used
    /// (docs/bot-protocol.md#message-extensions); a conversation the activity does not type is personal.
    /// </summary>
    public static bool IsShared(Activity activity) =>
        activity.Conversation?.ConversationType is "channel" or "groupChat"
        && !MessagingExtensionInvokes.IsMessagingExtension(activity.Name);

    private static bool FitsTableKey(StateScope scope)
    {
        try
        {
            _ = TableKeys.Partition(scope);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

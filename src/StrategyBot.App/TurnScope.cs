using StrategyBot.App.Storage;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App;

/// <summary>
/// The one place that decides whose state a turn reads and writes. Today that is always the sender's own
/// <see cref="StateScopeKind.User"/> scope; a team plan (issue 17) will pick
/// <see cref="StateScope.ForConversation"/> here for a channel or group chat, and nothing below this class changes.
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

        var scope = StateScope.ForUser(tenant.ToLowerInvariant(), user);

        // Teams ids are short; ids too long for a table key are not from Teams, so the turn is ignored, not failed.
        return FitsTableKey(scope) ? scope : null;
    }

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

using StrategyBot.App.Storage;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.App;

/// <summary>
/// The storage scope of a turn: one user in one tenant. It is built only from the authenticated activity's
/// addressing (tenant and sender), never from message text or card data, so no payload can name another user's plan.
/// </summary>
internal static class UserScope
{
    /// <summary>Null when the activity does not say who or where the user is; such a turn cannot touch state.</summary>
    public static string? From(Activity activity)
    {
        var tenant = activity.GetTenantId();

        // The Entra object id is the same for the user on every device and survives a reinstall; the 29: id is
        // per bot and user, and is the fallback when Teams omits the object id.
        // Both GUIDs are lower-cased because table keys are case-sensitive and clients differ in how they print them.
        var user = activity.From?.AadObjectId is { Length: > 0 } aad ? aad.ToLowerInvariant() : activity.From?.Id;
        if (string.IsNullOrWhiteSpace(tenant) || string.IsNullOrWhiteSpace(user))
        {
            return null;
        }

        var scope = TableKeys.UserScope(tenant.ToLowerInvariant(), user);

        // Teams ids are short; ids too long for a table key are not from Teams, so the turn is ignored, not failed.
        return FitsTableKey(scope) ? scope : null;
    }

    private static bool FitsTableKey(string scope)
    {
        try
        {
            _ = TableKeys.ToKey(scope);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Privacy;

/// <summary>
/// The "privacy" document of a user's scope: when the user asked to delete their data and has not answered the
/// confirmation yet. It lives in the scope so the confirmation may come from another device or instance.
/// </summary>
internal static class PendingDeletion
{
    public const string DocumentName = "privacy";

    private const string RequestedAtField = "deleteRequestedAt";

    /// <summary>When the waiting delete was asked for, or null when none waits.</summary>
    public static DateTimeOffset? RequestedAt(StateSet state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Get(DocumentName)?[RequestedAtField] is JsonValue value
            && value.GetValueKind() == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
                ? at
                : null;
    }

    public static void Request(StateSet state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        state.Set(DocumentName, new JsonObject { [RequestedAtField] = now.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) });
    }

    public static void Clear(StateSet state)
    {
        ArgumentNullException.ThrowIfNull(state);
        state.Remove(DocumentName);
    }
}

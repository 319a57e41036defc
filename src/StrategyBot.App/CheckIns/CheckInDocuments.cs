using System.Text.Json;
using StrategyBot.App.Conversation;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.CheckIns;

/// <summary>Reads and writes the "checkins" document of a user's scope, straight from and to its UTF-8 JSON.</summary>
internal static class CheckInDocuments
{
    public const string Name = "checkins";

    public static CheckInState Load(StateSet state)
    {
        ArgumentNullException.ThrowIfNull(state);
        try
        {
            return state.TryGetUtf8(Name, out var utf8)
                ? JsonSerializer.Deserialize(utf8.Span, CheckInJsonContext.Default.CheckInState) ?? new CheckInState()
                : new CheckInState();
        }
        catch (JsonException)
        {
            // An unreadable document (an older shape, a hand edit) restarts the schedule rather than failing every turn.
            return new CheckInState();
        }
    }

    public static void Save(StateSet state, CheckInState checkIns)
    {
        ArgumentNullException.ThrowIfNull(state);
        StoredJson.Write(state, Name, checkIns, CheckInJsonContext.Default.CheckInState);
    }
}

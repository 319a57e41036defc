using System.Text.Json;
using StrategyBot.App.Conversation;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.CheckIns;

/// <summary>Reads and writes the "checkins" document of a user's scope, straight from and to its UTF-8 JSON.</summary>
internal static class CheckInDocuments
{
    public const string Name = "checkins";

    /// <summary>
    /// The user's check-in state. An unreadable document (an older shape, a hand edit) is set aside like an unreadable
    /// plan (see <see cref="UnreadableDocuments"/>) rather than failing every turn, and what replaces it is paused:
    /// the pause flag was in those bytes, and a user who said stop must not get check-ins again. The kept copy stands
    /// for the document until a save writes a new one, so a second read in the same turn (or a later turn that saved
    /// no check-in document) is paused too.
    /// </summary>
    public static CheckInState Load(StateSet state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.TryGetUtf8(Name, out var utf8))
        {
            try
            {
                return JsonSerializer.Deserialize(utf8.Span, CheckInJsonContext.Default.CheckInState)
                    ?? throw new JsonException("The check-in document is JSON null.");
            }
            catch (JsonException ex)
            {
                UnreadableDocuments.SetAside(state, Name, utf8, ex);
                return PausedAsUnreadable();
            }
        }

        return state.Find(UnreadableDocuments.KeptName(Name)) is { Exists: true } ? PausedAsUnreadable() : new CheckInState();
    }

    public static void Save(StateSet state, CheckInState checkIns)
    {
        ArgumentNullException.ThrowIfNull(state);
        StoredJson.Write(state, Name, checkIns, CheckInJsonContext.Default.CheckInState);
    }

    private static CheckInState PausedAsUnreadable() => new() { Paused = PauseReason.Unreadable };
}

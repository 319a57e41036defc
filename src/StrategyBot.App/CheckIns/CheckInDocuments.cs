using StrategyBot.App.Conversation;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// The "checkins" document of a user's scope, read and changed as <see cref="TurnState.CheckIns"/> and
/// <see cref="TurnState.UpdateCheckIns"/>; this says what stands for it when there is none.
/// </summary>
internal static class CheckInDocuments
{
    public const string Name = "checkins";

    private static readonly CheckInState s_fresh = new();
    private static readonly CheckInState s_pausedAsUnreadable = new() { Paused = PauseReason.Unreadable };

    /// <summary>
    /// The check-in state of a scope without a readable document: fresh, unless an unreadable one (an older shape, a
    /// hand edit) was set aside like an unreadable plan (see <see cref="UnreadableDocuments"/>). Then it is paused: the
    /// pause flag was in those bytes, and a user who said stop must not get check-ins again. The kept copy stands for
    /// the document until an update writes a new one, so a second read in the same turn (or a later turn that wrote no
    /// check-in document) is paused too.
    /// </summary>
    public static CheckInState Absent(StateSet state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Find(UnreadableDocuments.KeptName(Name)) is { Exists: true } ? s_pausedAsUnreadable : s_fresh;
    }
}

using StrategyBot.App.CheckIns;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Conversation;

/// <summary>
/// Reports documents that <see cref="UnreadableDocuments"/> set aside: a warning in the log when it happened (never
/// the content: it is the user's data), and one message to the user on their next message turn. Whoever set the
/// document aside (a turn, the check-in scheduler, an export) the notice waits in the kept copy until it is given.
/// </summary>
internal static class UnreadableDocumentNotice
{
    /// <summary>Logs each document set aside in this state set and not saved yet. Call once per loaded set.</summary>
    public static void Report(StateSet state, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(state);
        foreach (var copy in UnreadableDocuments.Pending(state))
        {
            LogIfNew(state, copy, logger);
        }
    }

    /// <summary>
    /// <see cref="Report"/>, then on a message turn tells the user, in their language, about each copy they have not
    /// heard of, ahead of the turn's other replies, and records that they have. Other activities wait: an invoke has room for one answer of its own.
    /// </summary>
    public static void Deliver(TurnContext turn, StateSet state, Language language, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        var pending = UnreadableDocuments.Pending(state);
        foreach (var copy in pending)
        {
            LogIfNew(state, copy, logger);
        }

        if (turn.Activity.Type != ActivityTypes.Message)
        {
            return;
        }

        // Ahead of whatever the turn queued already, in their own order.
        foreach (var copy in pending.Reverse())
        {
            turn.SendFirst(new Activity { Type = ActivityTypes.Message, Text = Texts.Get(language, TextFor(copy)) });
            UnreadableDocuments.MarkTold(state, copy);
            Log.UnreadableDocumentExplained(logger, copy.Document);
        }
    }

    private static TextKey TextFor(UnreadableCopy copy) => (copy.Document, copy.Kept) switch
    {
        (TurnState.ProfileDocument, true) => TextKey.UnreadableProfileKept,
        (TurnState.ProfileDocument, false) => TextKey.UnreadableProfileNotKept,
        (CheckInDocuments.Name, true) => TextKey.UnreadableCheckInsKept,
        (CheckInDocuments.Name, false) => TextKey.UnreadableCheckInsNotKept,
        (_, true) => TextKey.UnreadablePlanKept,
        _ => TextKey.UnreadablePlanNotKept,
    };

    // A copy still unsaved in this set was made by this set: one loaded after the save finds it clean.
    private static void LogIfNew(StateSet state, UnreadableCopy copy, ILogger logger)
    {
        if (state.Find(UnreadableDocuments.KeptName(copy.Document)) is not { IsDirty: true })
        {
            return;
        }

        if (copy.Kept)
        {
            Log.UnreadableDocumentSetAside(logger, copy.Document, copy.Length, copy.Error, UnreadableDocuments.KeptName(copy.Document));
        }
        else
        {
            Log.UnreadableDocumentNotKept(logger, copy.Document, copy.Length, copy.Error);
        }
    }
}

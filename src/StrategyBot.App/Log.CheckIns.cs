using StrategyBot.App.CheckIns;
using StrategyBot.Domain.CheckIns;

namespace StrategyBot.App;

// Check-in events: EventIds 5000–5999. Scopes are never logged: they hold tenant and user ids.
internal static partial class Log
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Information,
        Message = "Check-in scheduler started: polling every {PollInterval} over {Shards} index partitions")]
    public static partial void CheckInSchedulerStarted(ILogger logger, TimeSpan pollInterval, int shards);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information,
        Message = "Check-in tick: {Due} due, {Claimed} claimed by this instance, {Sent} messages sent, {Requeued} requeued after 429, {Failed} failed")]
    public static partial void CheckInTick(ILogger logger, int due, int claimed, int sent, int requeued, int failed);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning,
        Message = "Check-in tick could not read or claim from storage; the due check-ins stay in the index for the next tick")]
    public static partial void CheckInStorageFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning,
        Message = "Proactive {Action} failed ({Error}); the claim lapses after {Lease} and the check-in is tried again")]
    public static partial void CheckInSendFailed(ILogger logger, Exception exception, DueAction action, string error, TimeSpan lease);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning,
        Message = "Teams refused a proactive {Action} ({Error}): the app was removed, the user blocked it or the chat is gone; check-ins paused for that user")]
    public static partial void CheckInConversationGone(ILogger logger, DueAction action, string error);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Debug, Message = "Proactive {Action} for week {Week} delivered")]
    public static partial void CheckInDelivered(ILogger logger, DueAction action, IsoWeek week);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Information,
        Message = "Check-in state changed by a turn while the scheduler was sending (attempt {Attempt}); applying again on the fresh state")]
    public static partial void CheckInStateConflict(ILogger logger, int attempt);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Warning,
        Message = "Could not write the check-in wake-up to the schedule index; the next turn tries again")]
    public static partial void CheckInIndexWriteFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Information, Message = "Check-in for week {Week} stored from a {Source}")]
    public static partial void CheckInStored(ILogger logger, IsoWeek week, string source);

    [LoggerMessage(EventId = 5009, Level = LogLevel.Information, Message = "Check-ins {Change} by the user")]
    public static partial void CheckInsChanged(ILogger logger, string change);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Information,
        Message = "Check-ins resumed on their own: the user wrote again after Teams had refused a send")]
    public static partial void CheckInsResumedAfterUnreachable(ILogger logger);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Error, Message = "Check-in scheduler tick failed unexpectedly; it runs again on the next tick")]
    public static partial void CheckInTickFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5012, Level = LogLevel.Information, Message = "A repeated check-in submit for week {Week} was ignored (double click)")]
    public static partial void CheckInDoubleSubmit(ILogger logger, IsoWeek week);

    [LoggerMessage(EventId = 5013, Level = LogLevel.Information,
        Message = "A claimed check-in was dropped: the user's check-in state is gone (their data was deleted); no message, no next wake-up")]
    public static partial void CheckInScopeGone(ILogger logger);

    [LoggerMessage(EventId = 5014, Level = LogLevel.Information,
        Message = "A due check-in found a plan without KPIs (set aside as unreadable, or edited down): nothing sent, the schedule stopped")]
    public static partial void CheckInsStoppedWithoutKpis(ILogger logger);

    [LoggerMessage(EventId = 5015, Level = LogLevel.Warning,
        Message = "Teams answered 429 to a proactive {Action} on every retry (Retry-After {RetryAfter}); requeued to be tried again in {Wait}")]
    public static partial void CheckInRequeuedAfterThrottling(ILogger logger, DueAction action, TimeSpan? retryAfter, TimeSpan wait);
}

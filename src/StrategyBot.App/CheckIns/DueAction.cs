namespace StrategyBot.App.CheckIns;

/// <summary>What the scheduler should send when a user's wake-up comes.</summary>
internal enum DueAction
{
    /// <summary>Nothing is due (a stale wake-up, paused, or the week was already reported).</summary>
    None,

    /// <summary>The weekly check-in card.</summary>
    CheckIn,

    /// <summary>A snoozed check-in comes back.</summary>
    SnoozeReturn,

    /// <summary>The one reminder for an unanswered check-in.</summary>
    Nudge,

    /// <summary>Too many weeks went unanswered: pause and say how to resume.</summary>
    PauseForIgnored,
}

namespace StrategyBot.App.CheckIns;

/// <summary>Why check-ins stopped.</summary>
internal enum PauseReason
{
    /// <summary>The user said "pause check-ins" or pressed Pause.</summary>
    User,

    /// <summary>Several weeks in a row went unanswered.</summary>
    Ignored,

    /// <summary>Teams answered 403 or 404: the app was removed, the user blocked it or the chat is gone.</summary>
    Unreachable,

    /// <summary>
    /// The stored check-in document could not be read, so whether the user had paused is unknown: no proactive message
    /// until they say "resume check-ins" (see <see cref="CheckInDocuments"/>).
    /// </summary>
    Unreadable,
}

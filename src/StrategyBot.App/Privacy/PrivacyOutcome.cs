namespace StrategyBot.App.Privacy;

/// <summary>What the privacy commands did with a turn, and so what the pipeline must do next.</summary>
internal enum PrivacyOutcome
{
    /// <summary>Not a privacy command: route the turn as usual.</summary>
    NotHandled,

    /// <summary>Answered; save the turn's state as usual.</summary>
    Handled,

    /// <summary>Answered, and nothing may be written back: the user's data was erased (or there was none to keep).</summary>
    HandledSaveNothing,
}

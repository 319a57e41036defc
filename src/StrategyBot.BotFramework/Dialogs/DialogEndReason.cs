namespace StrategyBot.BotFramework.Dialogs;

/// <summary>Why a dialog left the stack.</summary>
public enum DialogEndReason
{
    /// <summary>It ended itself with a result.</summary>
    Completed,

    /// <summary>It was cancelled, for example by a "cancel" command or by going back past it.</summary>
    Cancelled,

    /// <summary>Another dialog replaced it.</summary>
    Replaced,
}

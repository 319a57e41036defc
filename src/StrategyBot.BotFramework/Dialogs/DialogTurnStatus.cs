namespace StrategyBot.BotFramework.Dialogs;

/// <summary>What the dialog stack did with a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack was empty; nothing ran.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended with a result.</summary>
    Complete,

    /// <summary>The dialogs were cancelled.</summary>
    Cancelled,
}

namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>Why an answer was not accepted; picks the retry text.</summary>
public enum PromptFailure
{
    /// <summary>Accepted.</summary>
    None,

    /// <summary>Not understood, or empty.</summary>
    NotRecognized,

    /// <summary>Longer than <see cref="PromptOptions.MaxLength"/>.</summary>
    TooLong,

    /// <summary>Outside the bounds.</summary>
    OutOfRange,
}

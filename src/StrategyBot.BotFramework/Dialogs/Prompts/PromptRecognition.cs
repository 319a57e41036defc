namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>What a prompt made of the user's answer.</summary>
public sealed class PromptRecognition<T>
{
    /// <summary>A successful recognition of <paramref name="value"/>.</summary>
    public PromptRecognition(T value)
    {
        Value = value;
    }

    /// <summary>A failed recognition.</summary>
    public PromptRecognition(PromptFailure failure)
    {
        if (failure == PromptFailure.None)
        {
            throw new ArgumentOutOfRangeException(nameof(failure), "A failed recognition needs a reason.");
        }

        Failure = failure;
    }

    /// <summary>True when the answer was understood and within bounds.</summary>
    public bool Succeeded => Failure == PromptFailure.None;

    /// <summary>Why it failed, or <see cref="PromptFailure.None"/>.</summary>
    public PromptFailure Failure { get; }

    /// <summary>The recognised value (meaningful only when <see cref="Succeeded"/>).</summary>
    public T? Value { get; }
}

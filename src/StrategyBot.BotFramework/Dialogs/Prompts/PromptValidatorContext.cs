using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>What a <see cref="PromptValidator{T}"/> sees.</summary>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(TurnContext turn, PromptRecognition<T> recognized, PromptOptions options, int attemptCount, string input)
    {
        Turn = turn;
        Input = input;
        Recognized = recognized;
        Options = options;
        AttemptCount = attemptCount;
    }

    /// <summary>The turn, for example to queue an explanation.</summary>
    public TurnContext Turn { get; }

    /// <summary>
    /// The answer as given: the message text (or the card input the prompt reads), or a form field's text when a form
    /// checks the field (<see cref="IPromptCheck"/>), where the activity has no text of its own.
    /// </summary>
    public string Input { get; }

    /// <summary>The recogniser's verdict and value.</summary>
    public PromptRecognition<T> Recognized { get; }

    /// <summary>The prompt's options.</summary>
    public PromptOptions Options { get; }

    /// <summary>How many answers this prompt has received, this one included (1 on the first answer).</summary>
    public int AttemptCount { get; }

    /// <summary>Set to replace the retry text for this rejection, for example with what exactly was wrong.</summary>
    public string? RetryText { get; set; }

    /// <summary>Set to offer one-tap answers under the retry, for example the two readings of an ambiguous number.</summary>
    public IReadOnlyList<string>? RetryReplies { get; set; }
}

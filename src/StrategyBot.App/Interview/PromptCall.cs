using StrategyBot.BotFramework.Dialogs.Prompts;

namespace StrategyBot.App.Interview;

/// <summary>
/// How a question is asked: the dialog to begin and its options. Usually a prompt with its
/// <see cref="PromptOptions"/> (the question activity, retry, choices); a question may also hand over to a whole
/// dialog (the SMART coaching), whose result is the answer.
/// </summary>
internal sealed record PromptCall(string DialogId, object Options)
{
    /// <summary>A message said just before the question the first time it is asked (not when it is asked again).</summary>
    public string? Preface { get; init; }

    /// <summary>The prompt's options; null when the question hands over to a dialog.</summary>
    public PromptOptions? Prompt => Options as PromptOptions;
}

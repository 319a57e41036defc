using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Checks an answer given outside the conversation (one field of a form card) exactly as the prompt checks a reply:
/// the same recognizer and validator, without sending anything or changing the stack.
/// </summary>
public interface IPromptCheck
{
    /// <summary>The recognised value, or what the validator says is wrong with <paramref name="input"/>.</summary>
    Task<PromptCheck> CheckAsync(TurnContext turn, string input, PromptOptions options, CancellationToken cancellationToken);
}

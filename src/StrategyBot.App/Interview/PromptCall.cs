using StrategyBot.BotFramework.Dialogs.Prompts;

namespace StrategyBot.App.Interview;

/// <summary>How a question is asked: with which prompt dialog, and its options (the question activity, retry, choices).</summary>
internal sealed record PromptCall(string DialogId, PromptOptions Options);

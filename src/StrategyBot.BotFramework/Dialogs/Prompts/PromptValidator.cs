namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>Custom acceptance rule run after recognition (also when it failed); return true to accept.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> context, CancellationToken cancellationToken);

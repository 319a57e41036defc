namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// An extra date recogniser a <see cref="DatePrompt"/> tries after its own, for example for Jalali dates.
/// Gets the trimmed answer and the user's today; returns null when it does not understand the text.
/// </summary>
public delegate DateOnly? DateRecognizer(string text, DateOnly today);

namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>Reads the one number in an answer; an app passes its own to a <see cref="NumberPrompt"/> for its languages' number words.</summary>
public delegate bool NumberReader(string input, out decimal value);

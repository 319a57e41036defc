namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>The choice a user picked.</summary>
/// <param name="Value">The choice's <see cref="Choice.Value"/>.</param>
/// <param name="Index">Its zero-based position.</param>
public sealed record FoundChoice(string Value, int Index);

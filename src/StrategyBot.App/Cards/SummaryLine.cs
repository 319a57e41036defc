namespace StrategyBot.App.Cards;

/// <summary>One line of a step in the plan summary; subtle lines are secondary details.</summary>
internal sealed record SummaryLine(string Text, bool IsSubtle = false);

namespace StrategyBot.App.Cards;

/// <summary>One option of an Input.ChoiceSet: what the user sees and what is submitted.</summary>
public sealed record CardChoice(string Title, string Value);

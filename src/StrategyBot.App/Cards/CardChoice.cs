namespace StrategyBot.App.Cards;

/// <summary>One option of an Input.ChoiceSet: what the user sees and what is submitted.</summary>
public sealed record CardChoice(string Title, string Value)
{
    /// <summary>Other answers typed in chat that mean this option ("29" for the 25–34 age band).</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];
}

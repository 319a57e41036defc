namespace StrategyBot.Domain.Smart;

/// <summary>A deadline found in text, with the span it came from (indexes valid in the folded text).</summary>
internal readonly record struct DeadlineMatch(DateOnly Date, int Index, int Length);

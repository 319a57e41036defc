namespace StrategyBot.Domain.Text;

/// <summary>A number in an answer with two readings: where it stands in the text, and both values, the grouping or decimal-comma one first.</summary>
public readonly record struct AmbiguousNumber(int Index, int Length, decimal First, decimal Second);

namespace StrategyBot.Domain.Text;

/// <summary>A quantity found in text, with its position (valid in the input and in its folded form alike).</summary>
public readonly record struct QuantityMatch(int Index, int Length, Quantity Quantity);

namespace StrategyBot.Domain.Text;

/// <summary>A number as users write it, with what kind of number it is.</summary>
public readonly record struct Quantity(decimal Value, QuantityKind Kind);

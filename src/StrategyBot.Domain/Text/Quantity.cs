namespace StrategyBot.Domain.Text;

/// <summary>A number as users write it, with what kind of number it is.</summary>
public readonly record struct Quantity(decimal Value, QuantityKind Kind)
{
    /// <summary>The top of a range ("5–10k", "between 50 and 80", «بین ۵۰ تا ۸۰»); <see cref="Value"/> is its bottom.</summary>
    public decimal? High { get; init; }

    /// <summary>The currency written next to the number ("$", "toman", «تومان»), as a code (USD, IRT, …).</summary>
    public string? Currency { get; init; }

    /// <summary>
    /// Another reading of the same characters, when the writer's convention decides: "12.000" is 12 to some and
    /// 12,000 to others. A caller that acts on the number asks which was meant.
    /// </summary>
    public decimal? Alternative { get; init; }

    public bool IsRange => High is not null;
}

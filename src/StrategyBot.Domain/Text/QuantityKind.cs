namespace StrategyBot.Domain.Text;

public enum QuantityKind
{
    /// <summary>A plain number: "12,000", "10k", "۱۰ هزار".</summary>
    Number,

    /// <summary>A percentage: "20%", "٪۲۰", "20 percent", "۲۰ درصد".</summary>
    Percent,

    /// <summary>A multiple of something: "double" = 2, "x3", "سه برابر" = 3.</summary>
    Multiplier,
}

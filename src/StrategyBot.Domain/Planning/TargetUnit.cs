namespace StrategyBot.Domain.Planning;

/// <summary>How an objective's target value is expressed.</summary>
public enum TargetUnit
{
    /// <summary>In the metric's own unit: a count, a currency amount, or a rate in percent for rate metrics.</summary>
    Absolute,

    /// <summary>A change relative to the baseline, in percent ("grow reach 20 %", "double" = 100).</summary>
    Percent,
}

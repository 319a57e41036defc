namespace StrategyBot.Domain.Kpis;

public enum KpiAvailability
{
    Available,

    /// <summary>An input the formula needs was not reported this week.</summary>
    MissingInput,

    /// <summary>The denominator was reported as zero, so the rate does not exist this week.</summary>
    ZeroDenominator,
}

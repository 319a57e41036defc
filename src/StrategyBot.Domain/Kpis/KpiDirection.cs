namespace StrategyBot.Domain.Kpis;

public enum KpiDirection
{
    HigherIsBetter,
    LowerIsBetter,
}

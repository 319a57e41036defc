namespace StrategyBot.Domain.Planning;

/// <summary>Limits the planning method puts on a plan.</summary>
public static class PlanRules
{
    public const int MinPersonas = 1;
    public const int MaxPersonas = 3;
    public const int MinObjectives = 1;
    public const int MaxObjectives = 5;

    /// <summary>How far percentage splits may drift from 100 because of rounding.</summary>
    public const decimal PercentTolerance = 0.01m;
}

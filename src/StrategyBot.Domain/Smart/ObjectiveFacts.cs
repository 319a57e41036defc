using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Smart;

/// <summary>Everything known about one objective after extraction, before the criteria are judged.</summary>
internal sealed class ObjectiveFacts
{
    public ObjectiveMetric? Metric { get; init; }

    public Platform? Platform { get; init; }

    public decimal? TargetValue { get; init; }

    public TargetUnit? Unit { get; init; }

    public TargetChange? Change { get; init; }

    public decimal? Baseline { get; init; }

    public BaselineSource BaselineSource { get; init; }

    public DateOnly? Deadline { get; init; }

    public TargetCadence? Cadence { get; init; }

    public string? Resources { get; init; }

    public GoalFamily? Family { get; init; }

    public IReadOnlyList<string> PersonaNames { get; init; } = [];

    public decimal? ResolvedTarget => TargetMath.Resolve(Baseline, TargetValue, Unit, Change);

    /// <summary>Target ÷ baseline, also known for relative targets ("+20 %", "double") without a baseline.</summary>
    public decimal? Ratio()
    {
        if (TargetValue is not { } value)
        {
            return null;
        }

        if (Unit == TargetUnit.Percent && Change is TargetChange.Increase or TargetChange.Decrease)
        {
            return 1m + (Change == TargetChange.Increase ? value : -value) / 100m;
        }

        return Baseline is > 0m && ResolvedTarget is { } level ? level / Baseline.Value : null;
    }
}

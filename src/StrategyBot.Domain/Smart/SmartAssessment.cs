using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Smart;

/// <summary>The result of <c>SmartCheck.Assess</c>: verdicts, extracted values, findings.</summary>
public sealed record SmartAssessment
{
    public DateOnly AssessedOn { get; init; }

    public bool Specific { get; init; }

    public bool Measurable { get; init; }

    public bool Attainable { get; init; }

    public bool Relevant { get; init; }

    public bool TimeBound { get; init; }

    public ObjectiveMetric? Metric { get; init; }

    public Platform? Platform { get; init; }

    public decimal? TargetValue { get; init; }

    public TargetUnit? Unit { get; init; }

    public TargetChange? Change { get; init; }

    /// <summary>The absolute level to reach, when the target and baseline make it computable.</summary>
    public decimal? ResolvedTarget { get; init; }

    public decimal? Baseline { get; init; }

    public BaselineSource BaselineSource { get; init; }

    public DateOnly? Deadline { get; init; }

    /// <summary>What the target's number means over time (a level, a total, a rate per week or month, a ratio).</summary>
    public TargetCadence? Cadence { get; init; }

    public GoalFamily? Family { get; init; }

    public string? Resources { get; init; }

    /// <summary>Compound monthly growth (or decline, for lower-is-better metrics) the objective implies, in percent.</summary>
    public decimal? ImpliedMonthlyGrowthPercent { get; init; }

    public IReadOnlyList<string> PersonaNames { get; init; } = [];

    public IReadOnlyList<SmartFinding> Findings { get; init; } = [];

    public bool Passes(SmartCriterion criterion) => criterion switch
    {
        SmartCriterion.Specific => Specific,
        SmartCriterion.Measurable => Measurable,
        SmartCriterion.Attainable => Attainable,
        SmartCriterion.Relevant => Relevant,
        SmartCriterion.TimeBound => TimeBound,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, null),
    };

    public int PassedCount() => Enum.GetValues<SmartCriterion>().Count(Passes);

    /// <summary>The interview only saves an objective once it is measurable and time-bound.</summary>
    public bool CanSave() => Measurable && TimeBound;

    /// <summary>The objective with what was extracted copied into its empty fields, and this assessment stored on it.</summary>
    public Objective AppliedTo(Objective objective)
    {
        ArgumentNullException.ThrowIfNull(objective);
        var target = objective.Target is null
            ? objective with { Target = TargetValue, Unit = Unit, Change = Change }
            : objective;
        return target with
        {
            Metric = objective.Metric ?? Metric,
            Platform = objective.Platform ?? Platform,
            Family = objective.Family ?? Family,
            Baseline = objective.Baseline ?? Baseline,
            Deadline = objective.Deadline ?? Deadline,
            Resources = objective.Resources ?? Resources,
            PersonaNames = objective.PersonaNames.Count == 0 ? [.. PersonaNames] : objective.PersonaNames,
            Smart = this,
        };
    }
}

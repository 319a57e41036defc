using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Smart;

/// <summary>The result of <c>SmartCheck.Assess</c>: verdicts, extracted values, findings.</summary>
public sealed class SmartAssessment
{
    public DateOnly AssessedOn { get; set; }

    public bool Specific { get; set; }

    public bool Measurable { get; set; }

    public bool Attainable { get; set; }

    public bool Relevant { get; set; }

    public bool TimeBound { get; set; }

    public ObjectiveMetric? Metric { get; set; }

    public Platform? Platform { get; set; }

    public decimal? TargetValue { get; set; }

    public TargetUnit? Unit { get; set; }

    public TargetChange? Change { get; set; }

    /// <summary>The absolute level to reach, when the target and baseline make it computable.</summary>
    public decimal? ResolvedTarget { get; set; }

    public decimal? Baseline { get; set; }

    public BaselineSource BaselineSource { get; set; }

    public DateOnly? Deadline { get; set; }

    /// <summary>What the target's number means over time (a level, a total, a rate per week or month, a ratio).</summary>
    public TargetCadence? Cadence { get; set; }

    public GoalFamily? Family { get; set; }

    public string? Resources { get; set; }

    /// <summary>Compound monthly growth (or decline, for lower-is-better metrics) the objective implies, in percent.</summary>
    public decimal? ImpliedMonthlyGrowthPercent { get; set; }

    public List<string> PersonaNames { get; set; } = [];

    public List<SmartFinding> Findings { get; set; } = [];

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

    /// <summary>Copies what was extracted into the objective's empty fields and stores this assessment on it.</summary>
    public void ApplyTo(Objective objective)
    {
        ArgumentNullException.ThrowIfNull(objective);
        objective.Metric ??= Metric;
        objective.Platform ??= Platform;
        objective.Family ??= Family;
        objective.Baseline ??= Baseline;
        objective.Deadline ??= Deadline;
        objective.Resources ??= Resources;
        if (objective.Target is null)
        {
            objective.Target = TargetValue;
            objective.Unit = Unit;
            objective.Change = Change;
        }

        if (objective.PersonaNames.Count == 0)
        {
            objective.PersonaNames.AddRange(PersonaNames);
        }

        objective.Smart = this;
    }
}

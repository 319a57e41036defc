using StrategyBot.Domain.Smart;

namespace StrategyBot.Domain.Planning;

/// <summary>One objective of the plan, with the fields the SMART check extracted or the user confirmed.</summary>
public sealed record Objective
{
    /// <summary>Stable id chosen by the caller; KPI targets point at it.</summary>
    public string Id { get; init; } = "";

    /// <summary>The objective as the user wrote it.</summary>
    public string Text { get; init; } = "";

    public GoalFamily? Family { get; init; }

    public Platform? Platform { get; init; }

    public ObjectiveMetric? Metric { get; init; }

    public decimal? Baseline { get; init; }

    public decimal? Target { get; init; }

    public TargetUnit? Unit { get; init; }

    public TargetChange? Change { get; init; }

    public DateOnly? Deadline { get; init; }

    /// <summary>Budget, people, posting rhythm or tools behind the objective, as the user described them.</summary>
    public string? Resources { get; init; }

    public IReadOnlyList<string> PersonaNames { get; init; } = [];

    /// <summary>The latest SMART assessment, kept so cards can show the badges without re-running the check.</summary>
    public SmartAssessment? Smart { get; init; }

    /// <summary>
    /// The SMART criteria the user chose to keep this objective without ("keep it anyway"). Only criteria the latest
    /// assessment still fails stay here; a rewritten objective starts without any.
    /// </summary>
    public IReadOnlyList<SmartCriterion> KeptWithout { get; init; } = [];

    /// <summary>This objective kept as it is although it fails <paramref name="criterion"/>.</summary>
    public Objective KeptAnywayWithout(SmartCriterion criterion) =>
        KeptWithout.Contains(criterion) ? this : this with { KeptWithout = [.. KeptWithout, criterion] };

    /// <summary>This objective with a new assessment; a criterion kept "anyway" that now passes no longer needs the exception.</summary>
    public Objective Reassessed(SmartAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return this with { Smart = assessment, KeptWithout = [.. KeptWithout.Where(c => !assessment.Passes(c))] };
    }

    /// <summary>The absolute level the target stands for, when the baseline makes it computable.</summary>
    public decimal? ResolvedTarget() => TargetMath.Resolve(Baseline, Target, Unit, Change);
}

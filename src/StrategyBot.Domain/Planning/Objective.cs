using StrategyBot.Domain.Smart;

namespace StrategyBot.Domain.Planning;

/// <summary>One objective of the plan, with the fields the SMART check extracted or the user confirmed.</summary>
public sealed class Objective
{
    /// <summary>Stable id chosen by the caller; KPI targets point at it.</summary>
    public string Id { get; set; } = "";

    /// <summary>The objective as the user wrote it.</summary>
    public string Text { get; set; } = "";

    public GoalFamily? Family { get; set; }

    public Platform? Platform { get; set; }

    public ObjectiveMetric? Metric { get; set; }

    public decimal? Baseline { get; set; }

    public decimal? Target { get; set; }

    public TargetUnit? Unit { get; set; }

    public TargetChange? Change { get; set; }

    public DateOnly? Deadline { get; set; }

    /// <summary>Budget, people, posting rhythm or tools behind the objective, as the user described them.</summary>
    public string? Resources { get; set; }

    public List<string> PersonaNames { get; set; } = [];

    /// <summary>The latest SMART assessment, kept so cards can show the badges without re-running the check.</summary>
    public SmartAssessment? Smart { get; set; }

    /// <summary>The absolute level the target stands for, when the baseline makes it computable.</summary>
    public decimal? ResolvedTarget() => TargetMath.Resolve(Baseline, Target, Unit, Change);
}

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

    /// <summary>
    /// The SMART criteria the user chose to keep this objective without ("keep it anyway"). Only criteria the latest
    /// assessment still fails stay here; a rewritten objective starts without any.
    /// </summary>
    public List<SmartCriterion> KeptWithout { get; set; } = [];

    /// <summary>Records that the user keeps the objective as it is although it fails <paramref name="criterion"/>.</summary>
    public void KeepWithout(SmartCriterion criterion)
    {
        if (!KeptWithout.Contains(criterion))
        {
            KeptWithout.Add(criterion);
        }
    }

    /// <summary>Stores a new assessment; a criterion kept "anyway" that now passes no longer needs the exception.</summary>
    public void Reassess(SmartAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        Smart = assessment;
        KeptWithout.RemoveAll(assessment.Passes);
    }

    /// <summary>The absolute level the target stands for, when the baseline makes it computable.</summary>
    public decimal? ResolvedTarget() => TargetMath.Resolve(Baseline, Target, Unit, Change);
}

namespace StrategyBot.Domain.Planning;

/// <summary>
/// An A/B test, Control's "measure, test, fix" loop: what we believe, the two variants, the metric that decides, and
/// the dates. When it ends the check-in asks for the result, and the plan records the winner and what changes.
/// </summary>
public sealed record Experiment
{
    public string Id { get; init; } = "";

    public string Hypothesis { get; init; } = "";

    public string VariantA { get; init; } = "";

    public string VariantB { get; init; } = "";

    /// <summary>An id from <c>StrategyBot.Domain.Kpis.KpiIds</c>.</summary>
    public string MetricKpiId { get; init; } = "";

    public Platform? Platform { get; init; }

    public DateOnly Start { get; init; }

    public DateOnly End { get; init; }

    public ExperimentVerdict Verdict { get; init; } = ExperimentVerdict.Pending;

    /// <summary>What changes in the plan because of the result.</summary>
    public string? Change { get; init; }

    /// <summary>Ended and still waiting for its result: the check-in asks for it.</summary>
    public bool IsDueForResult(DateOnly today) => Verdict == ExperimentVerdict.Pending && End < today;

    public IEnumerable<PlanIssue> Issues()
    {
        if (string.IsNullOrWhiteSpace(Hypothesis))
        {
            yield return PlanIssue.HypothesisMissing;
        }

        if (string.IsNullOrWhiteSpace(VariantA) || string.IsNullOrWhiteSpace(VariantB))
        {
            yield return PlanIssue.VariantMissing;
        }

        if (string.IsNullOrWhiteSpace(MetricKpiId))
        {
            yield return PlanIssue.MetricMissing;
        }

        if (End < Start)
        {
            yield return PlanIssue.EndsBeforeItStarts;
        }
    }
}

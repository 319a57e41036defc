namespace StrategyBot.Domain.Planning;

/// <summary>
/// An A/B test, Control's "measure, test, fix" loop: what we believe, the two variants, the metric that decides, and
/// the dates. When it ends the check-in asks for the result, and the plan records the winner and what changes.
/// </summary>
public sealed class Experiment
{
    public string Id { get; set; } = "";

    public string Hypothesis { get; set; } = "";

    public string VariantA { get; set; } = "";

    public string VariantB { get; set; } = "";

    /// <summary>An id from <c>StrategyBot.Domain.Kpis.KpiIds</c>.</summary>
    public string MetricKpiId { get; set; } = "";

    public Platform? Platform { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }

    public ExperimentVerdict Verdict { get; set; } = ExperimentVerdict.Pending;

    /// <summary>What changes in the plan because of the result.</summary>
    public string? Change { get; set; }

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

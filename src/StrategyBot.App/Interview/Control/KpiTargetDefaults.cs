using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview.Control;

/// <summary>What the Control step offers for a KPI before the user answers: its target and its deadline.</summary>
internal static class KpiTargetDefaults
{
    // The objective's own deadline while it is ahead; otherwise the one the KPI has.
    public static DateOnly Deadline(QuestionScope scope, KpiTarget target) =>
        scope.Plan.FindObjective(target.ObjectiveId)?.Deadline is { } deadline && deadline > scope.Today ? deadline
            : target.Deadline == default ? scope.Today.AddMonths(3)
            : target.Deadline;

    // The KPI that measures the objective's own metric starts from the objective's target.
    public static decimal? Target(MarketingPlan plan, Objective objective, KpiDefinition kpi)
    {
        if (plan.Control.KpiTargets.FirstOrDefault(k => k.ObjectiveId == objective.Id && k.KpiId == kpi.Id) is { } existing)
        {
            return existing.Target;
        }

        return objective.Metric is { } metric && KpiLibrary.ForMetric(metric) == kpi.Id ? objective.ResolvedTarget() : null;
    }
}

using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Cards;

/// <summary>Objectives with their SMART badges, and the KPI targets, for the plan summary card.</summary>
internal static class PlanSummaryObjectives
{
    private static readonly (SmartCriterion Criterion, char Letter)[] Badges =
    [
        (SmartCriterion.Specific, 'S'),
        (SmartCriterion.Measurable, 'M'),
        (SmartCriterion.Attainable, 'A'),
        (SmartCriterion.Relevant, 'R'),
        (SmartCriterion.TimeBound, 'T'),
    ];

    public static List<SummaryLine> Lines(MarketingPlan plan, SummaryWriter w)
    {
        var lines = new List<SummaryLine>();

        // Every objective is shown (the plan allows five); only their texts shrink when the card is too big.
        foreach (var objective in plan.Objectives.Take(PlanRules.MaxObjectives))
        {
            lines.Add(new($"🎯 **{w.Text(objective.Text)}**"));
            lines.Add(objective.Smart is { } smart
                ? new(BadgeLine(smart, w))
                : new(w.Get(TextKey.SummarySmartNotChecked), IsSubtle: true));
            if (TargetLine(objective, w) is { } target)
            {
                lines.Add(new(target, IsSubtle: true));
            }
        }

        if (plan.Objectives.Count > PlanRules.MaxObjectives)
        {
            lines.Add(new(w.Format(TextKey.SummaryMore, plan.Objectives.Count - PlanRules.MaxObjectives), IsSubtle: true));
        }

        return lines;
    }

    public static List<(string, string)> KpiFacts(Control control, SummaryWriter w)
    {
        var shown = w.Caps.ListItems * 2;
        var facts = control.KpiTargets.Take(shown)
            .Select(kpi => (CardText.Escape(KpiNames.Name(w.Language, kpi.KpiId), w.Caps.NameLength),
                w.Format(TextKey.SummaryKpiTarget, KpiValue(kpi.KpiId, kpi.Target, w), w.Date(kpi.Deadline))))
            .ToList();
        if (control.KpiTargets.Count > shown)
        {
            facts.Add(("…", w.Format(TextKey.SummaryMore, control.KpiTargets.Count - shown)));
        }

        return facts;
    }

    // "S ✓ · M ✓ · A ✗ · R ✓ · T ✓": the letters stay Latin in Persian too, as Persian marketing texts write SMART.
    private static string BadgeLine(SmartAssessment smart, SummaryWriter w) =>
        w.LeftToRight(string.Join(" · ", Badges.Select(b => $"{b.Letter} {(smart.Passes(b.Criterion) ? "✓" : "✗")}")));

    private static string? TargetLine(Objective objective, SummaryWriter w)
    {
        var target = TargetValue(objective, w);
        return (target, objective.Deadline) switch
        {
            ({ } value, { } deadline) => w.Format(TextKey.SummaryTargetBy, value, w.Date(deadline)),
            ({ } value, null) => w.Format(TextKey.SummaryTarget, value),
            (null, { } deadline) => w.Format(TextKey.SummaryDeadline, w.Date(deadline)),
            _ => null,
        };
    }

    private static string? TargetValue(Objective objective, SummaryWriter w)
    {
        if (objective.ResolvedTarget() is { } level)
        {
            return objective.Metric is { } metric ? MetricValue(metric, level, w) : w.Number(level);
        }

        if (objective.Target is not { } target)
        {
            return null;
        }

        if (objective.Unit != TargetUnit.Percent)
        {
            return w.Number(target);
        }

        var sign = objective.Change == TargetChange.Decrease ? "-" : "+";
        return w.LeftToRight(sign + w.Percent(target));
    }

    private static string MetricValue(ObjectiveMetric metric, decimal value, SummaryWriter w) => metric switch
    {
        ObjectiveMetric.Roas => w.Number(value) + "×",
        _ when MetricTraits.IsRate(metric) => w.Percent(value),
        _ when MetricTraits.IsMoney(metric) => w.Money(value),
        _ => w.Number(value),
    };

    private static string KpiValue(string kpiId, decimal value, SummaryWriter w) =>
        KpiNames.TryGetKey(kpiId, out var key) && key == TextKey.KpiRoas ? w.Number(value) + "×"
        : KpiNames.IsPercentage(kpiId) ? w.Percent(value)
        : KpiNames.IsMoney(kpiId) ? w.Money(value)
        : w.Number(value);
}

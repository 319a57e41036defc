using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Smart;

/// <summary>Judges the five criteria from extracted facts and proposes a fix for each failure.</summary>
internal static class SmartRules
{
    /// <summary>Weekly check-ins cannot steer an objective that lies further out than this.</summary>
    public const int MaxDeadlineMonths = 24;

    private const int DefaultDeadlineMonths = 3;
    private const decimal DefaultGrowthPercent = 20m;

    public static SmartAssessment Judge(ObjectiveFacts facts, SmartContext context)
    {
        var findings = new List<SmartFinding>();
        var specific = Specific(facts, context, findings);
        var measurable = Measurable(facts, findings);
        var timeBound = TimeBound(facts, context.Today, findings);
        var (attainable, growth) = Attainable(facts, context.Today, timeBound, findings);
        var relevant = Relevant(facts, context, findings);

        return new SmartAssessment
        {
            AssessedOn = context.Today,
            Specific = specific,
            Measurable = measurable,
            Attainable = attainable,
            Relevant = relevant,
            TimeBound = timeBound,
            Metric = facts.Metric,
            Platform = facts.Platform,
            TargetValue = facts.TargetValue,
            Unit = facts.Unit,
            Change = facts.Change,
            ResolvedTarget = facts.ResolvedTarget,
            Baseline = facts.Baseline,
            BaselineSource = facts.BaselineSource,
            Deadline = facts.Deadline,
            Cadence = facts.Cadence,
            Family = facts.Family,
            Resources = facts.Resources,
            ImpliedMonthlyGrowthPercent = growth,
            PersonaNames = [.. facts.PersonaNames],
            Findings = findings,
        };
    }

    // A named outcome, and a platform when the outcome is counted per platform and the plan uses more than one
    // (with one, that one is meant; with none known yet, the platform is asked as coaching and may be skipped).
    private static bool Specific(ObjectiveFacts facts, SmartContext context, List<SmartFinding> findings)
    {
        if (facts.Metric is not { } metric)
        {
            findings.Add(new SmartFinding { Criterion = SmartCriterion.Specific, Code = SmartFindingCode.OutcomeMissing, Platform = facts.Platform });
            return false;
        }

        if (facts.Platform is not null || !MetricTraits.IsCountedPerPlatform(metric))
        {
            return true;
        }

        findings.Add(new SmartFinding
        {
            Criterion = SmartCriterion.Specific,
            Code = SmartFindingCode.PlatformMissing,
            Metric = facts.Metric,
            SuggestedPlatforms = PersonaPlatforms(context),
        });
        return context.PlanPlatforms().Count <= 1;
    }

    private static bool Measurable(ObjectiveFacts facts, List<SmartFinding> findings)
    {
        if (facts.Metric is not { } metric)
        {
            findings.Add(new SmartFinding { Criterion = SmartCriterion.Measurable, Code = SmartFindingCode.MetricMissing, Platform = facts.Platform });
            return false;
        }

        var ok = true;
        if (facts.TargetValue is null)
        {
            ok = false;
            findings.Add(Finding(SmartCriterion.Measurable, SmartFindingCode.TargetMissing, facts, suggestedTarget: Improve(metric, facts.Baseline)));
        }

        // The baseline comes from the plan or a follow-up question; its absence alone leaves the objective measurable.
        if (facts.Baseline is null)
        {
            findings.Add(Finding(SmartCriterion.Measurable, SmartFindingCode.BaselineMissing, facts));
        }

        if (facts.ResolvedTarget is { } level && facts.Baseline is { } start && facts.BaselineSource != BaselineSource.NewAccount
            && (MetricTraits.IsLowerBetter(metric) ? level >= start : level <= start))
        {
            ok = false;
            findings.Add(Finding(SmartCriterion.Measurable, SmartFindingCode.TargetNotAnImprovement, facts, suggestedTarget: Improve(metric, start)));
        }

        return ok;
    }

    private static bool TimeBound(ObjectiveFacts facts, DateOnly today, List<SmartFinding> findings)
    {
        var code = facts.Deadline switch
        {
            null => SmartFindingCode.DeadlineMissing,
            { } d when d <= today => SmartFindingCode.DeadlineInPast,
            { } d when d > today.AddMonths(MaxDeadlineMonths) => SmartFindingCode.DeadlineTooFar,
            _ => (SmartFindingCode?)null,
        };
        if (code is not { } failure)
        {
            return true;
        }

        var suggested = failure == SmartFindingCode.DeadlineTooFar ? today.AddMonths(12) : today.AddMonths(DefaultDeadlineMonths);
        findings.Add(Finding(SmartCriterion.TimeBound, failure, facts, suggestedDeadline: suggested));
        return false;
    }

    private static (bool Ok, decimal? Growth) Attainable(ObjectiveFacts facts, DateOnly today, bool timeBound, List<SmartFinding> findings)
    {
        // Naming resources is coaching, not a condition; without a target there is no growth to judge.
        if (string.IsNullOrWhiteSpace(facts.Resources))
        {
            findings.Add(Finding(SmartCriterion.Attainable, SmartFindingCode.ResourcesMissing, facts));
        }

        var ok = facts.TargetValue is not null;
        if (facts.Metric is not { } metric)
        {
            return (ok, null);
        }

        var lowerIsBetter = MetricTraits.IsLowerBetter(metric);
        if (GrowthHeuristics.RateCap(metric) is { } cap && facts.ResolvedTarget is { } level && level > cap)
        {
            ok = false;
            findings.Add(Finding(SmartCriterion.Attainable, SmartFindingCode.RateUnrealistic, facts, limit: cap, suggestedTarget: cap));
        }

        if (!timeBound || facts.Deadline is not { } deadline || facts.Ratio() is not { } ratio)
        {
            return (ok, null);
        }

        var months = GrowthHeuristics.Months(today, deadline);
        var growth = GrowthHeuristics.MonthlyChangePercent(ratio, months);
        var improving = lowerIsBetter ? ratio < 1m : ratio > 1m;
        if (growth is not { } implied || !improving || GrowthHeuristics.MaxMonthlyChangePercent(metric, facts.Baseline) is not { } max || implied <= max)
        {
            return (ok, growth);
        }

        var reachable = GrowthHeuristics.ReachableRatio(max, months, lowerIsBetter);
        findings.Add(Finding(
            SmartCriterion.Attainable,
            SmartFindingCode.GrowthUnrealistic,
            facts,
            implied: implied,
            limit: max,
            suggestedTarget: SuggestedTarget(facts, metric, reachable),
            suggestedDeadline: today.AddMonths(GrowthHeuristics.MonthsNeeded(ratio, max, lowerIsBetter))));
        return (false, growth);
    }

    private static bool Relevant(ObjectiveFacts facts, SmartContext context, List<SmartFinding> findings)
    {
        if (facts.Family is null)
        {
            findings.Add(Finding(SmartCriterion.Relevant, SmartFindingCode.GoalFamilyUnclear, facts));
            return false;
        }

        var personaPlatforms = PersonaPlatforms(context);
        if (facts.Platform is { } platform && context.Personas.Count > 0 && facts.PersonaNames.Count == 0 && !personaPlatforms.Contains(platform))
        {
            findings.Add(Finding(SmartCriterion.Relevant, SmartFindingCode.PlatformNotUsedByPersonas, facts) with { SuggestedPlatforms = personaPlatforms });
            return false;
        }

        return true;
    }

    // Relative targets get a relative suggestion; levels get a level in the metric's unit.
    private static decimal? SuggestedTarget(ObjectiveFacts facts, ObjectiveMetric metric, decimal reachableRatio)
    {
        if (facts.Unit == TargetUnit.Percent)
        {
            return Math.Floor(Math.Abs(reachableRatio - 1m) * 100m);
        }

        return facts.Baseline is { } start ? Round(metric, start * reachableRatio) : null;
    }

    private static decimal? Improve(ObjectiveMetric metric, decimal? baseline) =>
        baseline is { } start and > 0m
            ? Round(metric, start * (MetricTraits.IsLowerBetter(metric) ? 1m - (DefaultGrowthPercent / 100m) : 1m + (DefaultGrowthPercent / 100m)))
            : null;

    private static decimal Round(ObjectiveMetric metric, decimal value) =>
        MetricTraits.IsRate(metric) || MetricTraits.IsMoney(metric) || value < 100m
            ? Math.Round(value, value < 100m ? 2 : 0, MidpointRounding.AwayFromZero)
            : Math.Round(value / 10m, MidpointRounding.AwayFromZero) * 10m;

    private static List<Platform> PersonaPlatforms(SmartContext context) =>
        context.Personas.SelectMany(p => p.Platforms).Distinct().ToList();

    private static SmartFinding Finding(
        SmartCriterion criterion,
        SmartFindingCode code,
        ObjectiveFacts facts,
        decimal? implied = null,
        decimal? limit = null,
        decimal? suggestedTarget = null,
        DateOnly? suggestedDeadline = null) => new()
    {
        Criterion = criterion,
        Code = code,
        Metric = facts.Metric,
        Platform = facts.Platform,
        Baseline = facts.Baseline,
        Deadline = facts.Deadline,
        ImpliedMonthlyGrowthPercent = implied,
        Limit = limit,
        SuggestedTarget = suggestedTarget,
        SuggestedDeadline = suggestedDeadline,
    };
}

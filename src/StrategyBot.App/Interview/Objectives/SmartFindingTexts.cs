using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// Turns each SMART finding into one sentence that says exactly what is missing and proposes a concrete fix built
/// from the finding's parameters: the baseline, a realistic target, a later deadline, the personas' platforms.
/// </summary>
internal static class SmartFindingTexts
{
    public static string Describe(Language language, SmartFinding finding, SmartAssessment assessment, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(assessment);
        var metric = finding.Metric ?? assessment.Metric;
        var platform = finding.Platform ?? assessment.Platform;
        var baseline = finding.Baseline ?? assessment.Baseline;
        var deadline = finding.Deadline ?? assessment.Deadline;
        string T(ObjectiveText key, params object?[] args) => Texts.Format(language, key, args);
        string V(decimal value) => ObjectiveFormat.Value(language, metric, value);
        string MetricName() => metric is { } m ? ObjectiveNames.Metric(language, m) : ObjectiveNames.Metric(language, ObjectiveMetric.Reach);

        return finding.Code switch
        {
            SmartFindingCode.OutcomeMissing => T(ObjectiveText.FindingOutcomeMissing),
            SmartFindingCode.PlatformMissing => finding.SuggestedPlatforms.Count > 0
                ? T(ObjectiveText.FindingPlatformMissingWithPersonas, ObjectiveNames.JoinPlatforms(language, finding.SuggestedPlatforms))
                : T(ObjectiveText.FindingPlatformMissing),
            SmartFindingCode.MetricMissing => T(ObjectiveText.FindingMetricMissing),
            SmartFindingCode.TargetMissing => TargetMissing(language, finding, baseline, deadline, MetricName(), V),
            SmartFindingCode.BaselineMissing => platform is { } p
                ? T(ObjectiveText.FindingBaselineMissingOnPlatform, MetricName(), ObjectiveNames.Platform(language, p))
                : T(ObjectiveText.FindingBaselineMissing, MetricName()),
            SmartFindingCode.TargetNotAnImprovement => T(
                ObjectiveText.FindingTargetNotAnImprovement,
                V(assessment.ResolvedTarget ?? assessment.TargetValue ?? 0m),
                V(baseline ?? 0m),
                V(finding.SuggestedTarget ?? Math.Round((baseline ?? 0m) * 1.2m, 0))),
            SmartFindingCode.ResourcesMissing => T(ObjectiveText.FindingResourcesMissing),
            SmartFindingCode.GrowthUnrealistic => GrowthUnrealistic(language, finding, assessment, baseline, deadline, today, V),
            SmartFindingCode.RateUnrealistic => finding.SuggestedTarget is { } rate
                ? T(ObjectiveText.FindingRateUnrealisticWithFix, MetricName(), V(assessment.ResolvedTarget ?? assessment.TargetValue ?? 0m), V(finding.Limit ?? 0m), V(rate))
                : T(ObjectiveText.FindingRateUnrealistic, MetricName(), V(assessment.ResolvedTarget ?? assessment.TargetValue ?? 0m), V(finding.Limit ?? 0m)),
            SmartFindingCode.GoalFamilyUnclear => T(ObjectiveText.FindingGoalFamilyUnclear),
            SmartFindingCode.PlatformNotUsedByPersonas => PlatformNotUsed(language, finding, platform),
            SmartFindingCode.DeadlineMissing => T(ObjectiveText.FindingDeadlineMissing, finding.SuggestedDeadline ?? today.AddMonths(3)),
            SmartFindingCode.DeadlineInPast => T(
                ObjectiveText.FindingDeadlineInPast, deadline ?? today, finding.SuggestedDeadline ?? today.AddMonths(3)),
            SmartFindingCode.DeadlineTooFar => T(
                ObjectiveText.FindingDeadlineTooFar, deadline ?? today, finding.SuggestedDeadline ?? today.AddYears(1)),
            _ => throw new ArgumentOutOfRangeException(nameof(finding), finding.Code, "A SMART finding has no text."),
        };
    }

    private static string TargetMissing(
        Language language, SmartFinding finding, decimal? baseline, DateOnly? deadline, string metricName, Func<decimal, string> value)
    {
        if (baseline is not { } start || finding.SuggestedTarget is not { } suggested)
        {
            return Texts.Format(language, ObjectiveText.FindingTargetMissing, metricName);
        }

        return deadline is { } date
            ? Texts.Format(language, ObjectiveText.FindingTargetMissingWithBaselineAndDeadline, value(start), metricName, value(suggested), date)
            : Texts.Format(language, ObjectiveText.FindingTargetMissingWithBaseline, value(start), metricName, value(suggested));
    }

    private static string GrowthUnrealistic(
        Language language,
        SmartFinding finding,
        SmartAssessment assessment,
        decimal? baseline,
        DateOnly? deadline,
        DateOnly today,
        Func<decimal, string> value)
    {
        var target = assessment.ResolvedTarget ?? assessment.TargetValue ?? 0m;
        var end = deadline ?? today.AddMonths(1);
        var problem = Texts.Format(
            language,
            ObjectiveText.FindingGrowthUnrealistic,
            value(baseline ?? 0m),
            value(target),
            ObjectiveFormat.Span(language, today, end),
            LocalFormat.Percent(language, Math.Round(finding.ImpliedMonthlyGrowthPercent ?? assessment.ImpliedMonthlyGrowthPercent ?? 0m, 0)),
            LocalFormat.Percent(language, Math.Round(finding.Limit ?? 0m, 0)));
        var fix = (finding.SuggestedTarget, finding.SuggestedDeadline) switch
        {
            ({ } t, { } d) => Texts.Format(language, ObjectiveText.FixTargetOrDeadline, value(t), end, d),
            ({ } t, null) => Texts.Format(language, ObjectiveText.FixTarget, value(t), end),
            (null, { } d) => Texts.Format(language, ObjectiveText.FixDeadline, d),
            _ => null,
        };
        return fix is null ? problem : problem + " " + fix;
    }

    private static string PlatformNotUsed(Language language, SmartFinding finding, Platform? platform)
    {
        var name = platform is { } p ? ObjectiveNames.Platform(language, p) : string.Empty;
        return finding.SuggestedPlatforms.Count > 0
            ? Texts.Format(
                language, ObjectiveText.FindingPlatformNotUsedByPersonas, name, ObjectiveNames.JoinPlatforms(language, finding.SuggestedPlatforms))
            : Texts.Format(language, ObjectiveText.FindingPlatformNotUsedByAnyPersona, name);
    }
}

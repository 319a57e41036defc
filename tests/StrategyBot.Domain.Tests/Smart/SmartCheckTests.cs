using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.Domain.Tests.Smart;

public sealed class SmartCheckTests
{
    private static readonly SmartContext Context = SmartTestContexts.English();

    [Fact]
    public void Assess_RelativeReachGoal_ResolvesAgainstPresenceBaselineAndPassesAll()
    {
        var result = SmartCheck.Assess("goal text: Grow Instagram reach 20% by March with 3 reels a week", Context);

        Assert.Equal(5, result.PassedCount());
        Assert.Equal(ObjectiveMetric.Reach, result.Metric);
        Assert.Equal(Platform.Instagram, result.Platform);
        Assert.Equal(12000m, result.Baseline);
        Assert.Equal(BaselineSource.Presence, result.BaselineSource);
        Assert.Equal(14400m, result.ResolvedTarget);
        Assert.Equal(new DateOnly(2027, 3, 31), result.Deadline);
        Assert.Equal(GoalFamily.BrandAwareness, result.Family);
        Assert.Equal("with 3 reels a week", result.Resources);
        Assert.Equal(4.5m, result.ImpliedMonthlyGrowthPercent);
        Assert.Empty(result.Findings);
        Assert.True(result.CanSave());
    }

    [Fact]
    public void Assess_VagueObjective_ReportsEachMissingPartWithFixes()
    {
        var result = SmartCheck.Assess("Get more followers", Context);

        Assert.False(result.CanSave());
        var codes = result.Findings.Select(f => f.Code).ToList();
        Assert.Equal(
            [SmartFindingCode.PlatformMissing, SmartFindingCode.TargetMissing, SmartFindingCode.BaselineMissing, SmartFindingCode.DeadlineMissing, SmartFindingCode.ResourcesMissing],
            codes);
        var platform = result.Findings.Single(f => f.Code == SmartFindingCode.PlatformMissing);
        Assert.Equal([Platform.Instagram, Platform.TikTok, Platform.LinkedIn, Platform.Telegram], platform.SuggestedPlatforms);
        Assert.Equal(new DateOnly(2027, 2, 26), result.Findings.Single(f => f.Code == SmartFindingCode.DeadlineMissing).SuggestedDeadline);
    }

    [Fact]
    public void Assess_NoMetricAtAll_FailsOutcomeMetricAndFamily()
    {
        var result = SmartCheck.Assess("Improve our Facebook page", Context);

        Assert.Contains(result.Findings, f => f is { Code: SmartFindingCode.OutcomeMissing, Criterion: SmartCriterion.Specific });
        Assert.Contains(result.Findings, f => f is { Code: SmartFindingCode.MetricMissing, Criterion: SmartCriterion.Measurable });
        Assert.Contains(result.Findings, f => f is { Code: SmartFindingCode.GoalFamilyUnclear, Criterion: SmartCriterion.Relevant });
        Assert.Equal(0, result.PassedCount());
    }

    [Fact]
    public void Assess_TargetMissingWithKnownBaseline_SuggestsTwentyPercentMore()
    {
        var result = SmartCheck.Assess("Increase Instagram followers by June with daily stories", Context);

        var finding = result.Findings.Single(f => f.Code == SmartFindingCode.TargetMissing);
        Assert.Equal(6000m, finding.SuggestedTarget);
        Assert.Equal(5000m, finding.Baseline);
    }

    [Fact]
    public void Assess_DoublingFollowersInTwoMonths_FlagsGrowthWithRealisticTargetAndDeadline()
    {
        var result = SmartCheck.Assess("Double our Instagram followers in 2 months with daily reels", Context);

        Assert.False(result.Attainable);
        Assert.True(result.Measurable);
        var finding = result.Findings.Single(f => f.Code == SmartFindingCode.GrowthUnrealistic);
        Assert.Equal(41.3m, finding.ImpliedMonthlyGrowthPercent);
        Assert.Equal(GrowthHeuristics.FollowersMonthlyPercent, finding.Limit);
        Assert.Equal(21m, finding.SuggestedTarget);
        Assert.Equal(new DateOnly(2027, 7, 26), finding.SuggestedDeadline);
    }

    [Fact]
    public void Assess_UnrealisticAbsoluteTarget_SuggestsLevelInMetricUnit()
    {
        var result = SmartCheck.Assess("Grow LinkedIn followers from 1,200 to 10,000 by 30 June 2027 with weekly articles", Context);

        var finding = result.Findings.Single(f => f.Code == SmartFindingCode.GrowthUnrealistic);
        Assert.InRange(finding.SuggestedTarget!.Value, 2300m, 2400m);
        Assert.Equal(0m, finding.SuggestedTarget.Value % 10m);
    }

    [Fact]
    public void Assess_EngagementRateAboveCap_FlagsRateWithCap()
    {
        var result = SmartCheck.Assess("Raise Instagram engagement rate from 3% to 25% by June 2027 with daily posts", Context);

        var finding = result.Findings.Single(f => f.Code == SmartFindingCode.RateUnrealistic);
        Assert.Equal(GrowthHeuristics.EngagementRateCapPercent, finding.Limit);
        Assert.Equal(TargetUnit.Absolute, result.Unit);
        Assert.Equal(25m, result.ResolvedTarget);
    }

    [Fact]
    public void Assess_TargetBelowBaseline_FailsMeasurableAsNoImprovement()
    {
        var result = SmartCheck.Assess("Grow Instagram followers to 4,000 by June 2027 with daily posts", Context);

        Assert.False(result.Measurable);
        Assert.Equal(6000m, result.Findings.Single(f => f.Code == SmartFindingCode.TargetNotAnImprovement).SuggestedTarget);
    }

    [Fact]
    public void Assess_LowerIsBetterCost_ResolvesDecreaseAndPasses()
    {
        var result = SmartCheck.Assess("Cut Instagram cost per click by 20% by the end of April 2027 with weekly A/B tests, currently $1.50", Context);

        Assert.Equal(ObjectiveMetric.Cpc, result.Metric);
        Assert.Equal(TargetChange.Decrease, result.Change);
        Assert.Equal(1.5m, result.Baseline);
        Assert.Equal(1.2m, result.ResolvedTarget);
        Assert.True(result.Attainable);
    }

    [Theory]
    [InlineData("Grow Instagram followers by 5% by 30 June 2026 with daily posts", SmartFindingCode.DeadlineInPast, "2027-02-26")]
    [InlineData("Grow Instagram followers by 50% by the end of 2030 with daily posts", SmartFindingCode.DeadlineTooFar, "2027-11-26")]
    public void Assess_BadDeadline_FailsTimeBoundWithSuggestion(string text, SmartFindingCode code, string suggested)
    {
        var result = SmartCheck.Assess(text, Context);

        Assert.False(result.TimeBound);
        var finding = result.Findings.Single(f => f.Criterion == SmartCriterion.TimeBound);
        Assert.Equal(code, finding.Code);
        Assert.Equal(DateOnly.Parse(suggested, System.Globalization.CultureInfo.InvariantCulture), finding.SuggestedDeadline);
    }

    [Fact]
    public void Assess_PlatformNoPersonaUses_FailsRelevantSuggestingPersonaPlatforms()
    {
        var result = SmartCheck.Assess("Grow Pinterest followers to 2,000 by June with 5 pins a day", Context);

        var finding = result.Findings.Single(f => f.Code == SmartFindingCode.PlatformNotUsedByPersonas);
        Assert.Equal([Platform.Instagram, Platform.TikTok, Platform.LinkedIn, Platform.Telegram], finding.SuggestedPlatforms);
    }

    [Fact]
    public void Assess_PersonaNamed_MakesOtherPlatformRelevant()
    {
        var result = SmartCheck.Assess("Grow YouTube subscribers from 200 to 400 by May 2027 with tutorials Sara asked for", Context);

        Assert.True(result.Relevant);
        Assert.Equal(["Sara"], result.PersonaNames);
    }

    [Fact]
    public void Assess_NewAccount_UsesZeroBaseline()
    {
        var result = SmartCheck.Assess("Launch our Threads account and get 500 followers by March with daily posts", Context);

        Assert.Equal(0m, result.Baseline);
        Assert.Equal(BaselineSource.NewAccount, result.BaselineSource);
        Assert.True(result.Measurable);
    }

    [Fact]
    public void Assess_PersianWithJalaliDateAndPersianDigits_ExtractsEverything()
    {
        var result = SmartCheck.Assess("افزایش فالوورهای اینستاگرام از ۵ هزار به ۶ هزار تا ۱۵ اسفند با انتشار روزانه استوری", SmartTestContexts.Persian());

        Assert.Equal(5, result.PassedCount());
        Assert.Equal(5000m, result.Baseline);
        Assert.Equal(6000m, result.ResolvedTarget);
        Assert.Equal(new DateOnly(2027, 3, 6), result.Deadline);
        Assert.Equal("با انتشار روزانه استوری", result.Resources);
    }

    [Fact]
    public void Assess_DraftFieldsFromRefinement_WinOverMissingText()
    {
        var draft = new Objective
        {
            Text = "More Instagram sales",
            Baseline = 40m,
            Target = 55m,
            Deadline = new DateOnly(2027, 6, 30),
            Resources = "Shoppable posts and €300 a month in ads",
        };

        var result = SmartCheck.Assess(draft, Context);

        Assert.Equal(5, result.PassedCount());
        Assert.Equal(BaselineSource.Stated, result.BaselineSource);
        Assert.Equal(55m, result.ResolvedTarget);
    }

    [Fact]
    public void Assess_ContextGoalFamily_OverridesMetricDefault()
    {
        var context = new SmartContext { Today = SmartTestContexts.Today, GoalFamily = GoalFamily.MarketLeadership };

        var result = SmartCheck.Assess("Grow Instagram followers 5% by March", context);

        Assert.Equal(GoalFamily.MarketLeadership, result.Family);
    }

    [Fact]
    public void AppliedTo_EmptyDraft_CopiesExtractionAndStoresAssessment()
    {
        var objective = new Objective { Id = "o1", Text = "Grow Instagram reach 20% by March with 3 reels a week" };
        var result = SmartCheck.Assess(objective, Context);

        var applied = result.AppliedTo(objective);

        Assert.Equal(ObjectiveMetric.Reach, applied.Metric);
        Assert.Equal(12000m, applied.Baseline);
        Assert.Equal(20m, applied.Target);
        Assert.Equal(TargetUnit.Percent, applied.Unit);
        Assert.Equal(14400m, applied.ResolvedTarget());
        Assert.Same(result, applied.Smart);
    }

    [Fact]
    public void Assess_SameInputTwice_IsDeterministic()
    {
        const string text = "Triple LinkedIn reach by year end with a $5,000 ad budget";

        var first = SmartCheck.Assess(text, Context);
        var second = SmartCheck.Assess(text, Context);

        Assert.Equal(first.Findings.Select(f => (f.Code, f.SuggestedTarget, f.SuggestedDeadline)), second.Findings.Select(f => (f.Code, f.SuggestedTarget, f.SuggestedDeadline)));
        Assert.Equal(first.ImpliedMonthlyGrowthPercent, second.ImpliedMonthlyGrowthPercent);
    }

    [Fact]
    public void Assess_TextBeyondMaxLength_IsIgnored()
    {
        var padded = new string('.', SmartCheck.MaxTextLength) + " Grow Instagram reach 20% by March";

        var result = SmartCheck.Assess(padded, Context);

        Assert.Null(result.Metric);
        Assert.Null(result.Deadline);
    }
}

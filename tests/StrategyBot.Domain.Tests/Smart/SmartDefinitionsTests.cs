using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.Domain.Tests.Smart;

/// <summary>What each criterion needs (issue 15, item 6), one sentence of the README's definitions per test.</summary>
public sealed class SmartDefinitionsTests
{
    private static readonly DateOnly Today = SmartTestContexts.Today;

    [Fact]
    public void Measurable_MetricAndTargetWithNoBaseline_PassesAndAsksForTheBaselineAsCoaching()
    {
        var result = SmartCheck.Assess("Grow Pinterest followers to 2,000 by June 2027", SmartTestContexts.English());

        Assert.True(result.Measurable);
        Assert.Null(result.Baseline);
        var finding = Assert.Single(result.Findings, f => f.Code == SmartFindingCode.BaselineMissing);
        Assert.True(SmartCoaching.IsCoaching(finding.Code));
        Assert.True(result.CanSave());
    }

    [Fact]
    public void Measurable_MetricWithoutTarget_Fails()
    {
        var result = SmartCheck.Assess("Grow Instagram followers by June 2027", SmartTestContexts.English());

        Assert.False(result.Measurable);
        Assert.Contains(result.Findings, f => f.Code == SmartFindingCode.TargetMissing);
    }

    [Fact]
    public void Measurable_BaselineFromThePlansSituation_IsUsedWithNoFinding()
    {
        var result = SmartCheck.Assess("Grow Instagram followers to 5,500 by June 2027", SmartTestContexts.English());

        Assert.True(result.Measurable);
        Assert.Equal((5000m, BaselineSource.Presence), (result.Baseline, result.BaselineSource));
        Assert.DoesNotContain(result.Findings, f => f.Code == SmartFindingCode.BaselineMissing);
    }

    [Theory]
    [InlineData("Get 200 leads by June 2027")]
    [InlineData("Reach 150 sales a month by June 2027")]
    [InlineData("جذب ۲۰۰ سرنخ تا پایان خرداد ۱۴۰۶")]
    public void Specific_BusinessOutcomeWithoutPlatform_PassesInAPlanOnFourPlatforms(string text)
    {
        var result = SmartCheck.Assess(text, SmartTestContexts.For(text[0] < 'z' ? "en" : "fa"));

        Assert.True(result.Specific);
        Assert.Null(result.Platform);
        Assert.DoesNotContain(result.Findings, f => f.Code == SmartFindingCode.PlatformMissing);
    }

    [Fact]
    public void Specific_OutcomeCountedPerPlatformWithoutPlatform_FailsInAPlanOnMoreThanOnePlatform()
    {
        var result = SmartCheck.Assess("Grow followers to 6,000 by June 2027", SmartTestContexts.English());

        Assert.False(result.Specific);
        Assert.Contains(result.Findings, f => f.Code == SmartFindingCode.PlatformMissing);
    }

    [Fact]
    public void Specific_OutcomeCountedPerPlatformWithoutPlatform_MeansThePlansOnlyPlatform()
    {
        var context = new SmartContext
        {
            Today = Today,
            Presence = [new PlatformPresence { Platform = Platform.Telegram, Followers = 800 }],
        };

        var result = SmartCheck.Assess("Grow followers to 900 by June 2027", context);

        Assert.True(result.Specific);
        Assert.Equal((Platform.Telegram, 800m), (result.Platform, result.Baseline));
        Assert.DoesNotContain(result.Findings, f => f.Code == SmartFindingCode.PlatformMissing);
    }

    [Fact]
    public void Specific_OutcomeCountedPerPlatformInAPlanWithNoPlatformYet_PassesAndAsksForThePlatformAsCoaching()
    {
        var result = SmartCheck.Assess("Grow followers to 900 by June 2027", new SmartContext { Today = Today });

        Assert.True(result.Specific);
        Assert.Contains(result.Findings, f => f.Code == SmartFindingCode.PlatformMissing);
    }

    [Fact]
    public void Specific_NoOutcome_Fails()
    {
        var result = SmartCheck.Assess("Do better on Instagram by June 2027", SmartTestContexts.English());

        Assert.False(result.Specific);
        Assert.Contains(result.Findings, f => f.Code == SmartFindingCode.OutcomeMissing);
    }

    [Fact]
    public void Attainable_NoResourcesNamed_PassesWhenTheGrowthIsPlausible()
    {
        var result = SmartCheck.Assess("Grow Instagram followers from 5,000 to 5,500 by June 2027", SmartTestContexts.English());

        Assert.True(result.Attainable);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(SmartFindingCode.ResourcesMissing, finding.Code);
        Assert.True(SmartCoaching.IsCoaching(finding.Code));
    }

    [Fact]
    public void Attainable_ResourcesNamedButGrowthImplausible_Fails()
    {
        var result = SmartCheck.Assess(
            "Grow Instagram followers from 5,000 to 50,000 by February 2027 with daily reels and a 500 USD monthly ad budget", SmartTestContexts.English());

        Assert.False(result.Attainable);
        Assert.Contains(result.Findings, f => f.Code == SmartFindingCode.GrowthUnrealistic);
    }

    [Fact]
    public void Attainable_NoTarget_FailsForWantOfGrowthToJudge()
    {
        var result = SmartCheck.Assess("Grow Instagram followers by June 2027 with daily reels", SmartTestContexts.English());

        Assert.False(result.Attainable);
    }

    [Fact]
    public void Attainable_TargetWithoutBaseline_PassesAsItCannotBeJudgedYet()
    {
        var result = SmartCheck.Assess("Grow Pinterest followers to 2,000 by June 2027", SmartTestContexts.English());

        Assert.True(result.Attainable);
        Assert.Null(result.ImpliedMonthlyGrowthPercent);
    }
}

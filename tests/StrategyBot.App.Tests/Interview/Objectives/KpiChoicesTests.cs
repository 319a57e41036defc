using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.Interview.Objectives;

public sealed class KpiChoicesTests
{
    private static readonly IReadOnlyList<string> Suggestions = [KpiIds.Followers, KpiIds.Reach, KpiIds.Impressions];

    [Fact]
    public void Suggest_FollowersObjective_PutsTheMetricsKpiFirstThenItsFamilys()
    {
        var objective = new Objective { Metric = ObjectiveMetric.Followers, Family = GoalFamily.BrandAwareness };

        var kpis = KpiChoices.Suggest(objective);

        Assert.Equal([KpiIds.Followers, KpiIds.Reach, KpiIds.Impressions, KpiIds.EngagementRateByReach, KpiIds.HashtagUses], kpis);
    }

    [Fact]
    public void Suggest_RoiObjective_SuggestsCostAndReturnKpis()
    {
        var objective = new Objective { Metric = ObjectiveMetric.Roas, Family = GoalFamily.Roi };

        var kpis = KpiChoices.Suggest(objective);

        Assert.Equal([KpiIds.Roas, KpiIds.Roi, KpiIds.Cpa, KpiIds.Cpc, KpiIds.Revenue], kpis);
    }

    [Theory]
    [InlineData("reach,ctr", new[] { KpiIds.Reach, KpiIds.Ctr })]
    [InlineData("1, 3", new[] { KpiIds.Followers, KpiIds.Impressions })]
    [InlineData("۲ و ۳", new[] { KpiIds.Reach, KpiIds.Impressions })]
    [InlineData("Engagement rate by reach and CPC", new[] { KpiIds.EngagementRateByReach, KpiIds.Cpc })]
    [InlineData("نرخ کلیک، بازگشت سرمایه", new[] { KpiIds.Ctr, KpiIds.Roi })]
    [InlineData("engagement-rate-followers", new[] { KpiIds.EngagementRateByFollowers })]
    public void TryRead_IdsNumbersOrNames_AreRead(string text, string[] expected)
    {
        var read = KpiChoices.TryRead(text, Suggestions, out var kpis);

        Assert.True(read);
        Assert.Equal(expected, kpis);
    }

    [Theory]
    [InlineData("reach, vibes")]
    [InlineData("7")]
    [InlineData("")]
    public void TryRead_AnUnknownPart_RefusesTheWholeAnswer(string text)
    {
        var read = KpiChoices.TryRead(text, Suggestions, out _);

        Assert.False(read);
    }

    [Fact]
    public void Formula_English_IsTheLibrarysOwnFormulaForEveryKpi()
    {
        var formulas = KpiLibrary.All.Select(k => KpiFormulas.Formula(Language.English, k));

        Assert.Equal(KpiLibrary.All.Select(k => k.Formula), formulas);
    }

    [Fact]
    public void Line_Persian_UsesPersianNamesAndDigits()
    {
        var line = KpiFormulas.Line(Language.Persian, KpiLibrary.Get(KpiIds.Cpm));

        Assert.Equal("هزینه هر هزار نمایش (CPM) = هزینهٔ تبلیغات ÷ نمایش × ۱۰۰۰ (مخرج کسر: نمایش)", line);
    }

    [Fact]
    public void Line_Roi_ShowsTheNetNumeratorAndSpendAsDenominator()
    {
        var line = KpiFormulas.Line(Language.English, KpiLibrary.Get(KpiIds.Roi));

        Assert.Equal("Return on investment (ROI) = (revenue − spend) ÷ spend × 100 (denominator: spend)", line);
    }
}

using StrategyBot.App.Localization;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// The names the objectives and control steps show for platforms, metrics, goal families and SMART criteria: each
/// domain value's key in <see cref="NameTexts"/>, or <see cref="PlatformNames"/> for a platform.
/// </summary>
internal static class ObjectiveNames
{
    public static string Platform(Language language, Platform platform) => PlatformNames.Name(language, platform);

    public static string Metric(Language language, ObjectiveMetric metric) => Texts.Get(language, metric switch
    {
        ObjectiveMetric.Reach => NameText.MetricReach,
        ObjectiveMetric.Impressions => NameText.MetricImpressions,
        ObjectiveMetric.Followers => NameText.MetricFollowers,
        ObjectiveMetric.EngagementRate => NameText.MetricEngagementRate,
        ObjectiveMetric.Engagements => NameText.MetricEngagements,
        ObjectiveMetric.Clicks => NameText.MetricClicks,
        ObjectiveMetric.Ctr => NameText.MetricCtr,
        ObjectiveMetric.Conversions => NameText.MetricConversions,
        ObjectiveMetric.ConversionRate => NameText.MetricConversionRate,
        ObjectiveMetric.Leads => NameText.MetricLeads,
        ObjectiveMetric.Sales => NameText.MetricSales,
        ObjectiveMetric.Revenue => NameText.MetricRevenue,
        ObjectiveMetric.Roi => NameText.MetricRoi,
        ObjectiveMetric.Roas => NameText.MetricRoas,
        ObjectiveMetric.Cpc => NameText.MetricCpc,
        ObjectiveMetric.Cpa => NameText.MetricCpa,
        ObjectiveMetric.Cpm => NameText.MetricCpm,
        ObjectiveMetric.HashtagUses => NameText.MetricHashtagUses,
        ObjectiveMetric.ResponseTime => NameText.MetricResponseTime,
        ObjectiveMetric.ShareOfVoice => NameText.MetricShareOfVoice,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    });

    public static string Kpi(Language language, string kpiId) => KpiKey(kpiId) is { } key ? Texts.Get(language, key) : kpiId;

    private static NameText? KpiKey(string kpiId) => kpiId switch
    {
        KpiIds.Reach => NameText.KpiReach,
        KpiIds.Impressions => NameText.KpiImpressions,
        KpiIds.Clicks => NameText.KpiClicks,
        KpiIds.Ctr => NameText.KpiCtr,
        KpiIds.EngagementRateByReach => NameText.KpiEngagementRateByReach,
        KpiIds.EngagementRateByImpressions => NameText.KpiEngagementRateByImpressions,
        KpiIds.EngagementRateByFollowers => NameText.KpiEngagementRateByFollowers,
        KpiIds.Conversions => NameText.KpiConversions,
        KpiIds.ConversionRate => NameText.KpiConversionRate,
        KpiIds.Cpc => NameText.KpiCpc,
        KpiIds.Cpm => NameText.KpiCpm,
        KpiIds.Cpa => NameText.KpiCpa,
        KpiIds.Roas => NameText.KpiRoas,
        KpiIds.Roi => NameText.KpiRoi,
        KpiIds.HashtagUses => NameText.KpiHashtagUses,
        KpiIds.Followers => NameText.KpiFollowers,
        KpiIds.Revenue => NameText.KpiRevenue,
        KpiIds.ResponseTime => NameText.KpiResponseTime,
        KpiIds.ShareOfVoice => NameText.KpiShareOfVoice,
        _ => null,
    };

    /// <summary>The raw weekly numbers KPI formulas are made of, lower case as they appear inside a formula.</summary>
    public static string Input(Language language, WeeklyInput input) => Texts.Get(language, input switch
    {
        WeeklyInput.Reach => NameText.InputReach,
        WeeklyInput.Impressions => NameText.InputImpressions,
        WeeklyInput.Engagements => NameText.InputEngagements,
        WeeklyInput.Clicks => NameText.InputClicks,
        WeeklyInput.Conversions => NameText.InputConversions,
        WeeklyInput.Spend => NameText.InputSpend,
        WeeklyInput.Revenue => NameText.InputRevenue,
        WeeklyInput.BrandedHashtagUses => NameText.InputBrandedHashtagUses,
        WeeklyInput.Followers => NameText.InputFollowers,
        WeeklyInput.MessagesAnswered => NameText.InputMessagesAnswered,
        WeeklyInput.ResponseHours => NameText.InputResponseHours,
        WeeklyInput.BrandMentions => NameText.InputBrandMentions,
        WeeklyInput.CompetitorMentions => NameText.InputCompetitorMentions,
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, null),
    });

    public static string Family(Language language, GoalFamily family) => Texts.Get(language, family switch
    {
        GoalFamily.BrandAwareness => NameText.FamilyBrandAwareness,
        GoalFamily.Sales => NameText.FamilySales,
        GoalFamily.Roi => NameText.FamilyRoi,
        GoalFamily.SalesAndServiceQuality => NameText.FamilySalesAndServiceQuality,
        GoalFamily.MarketLeadership => NameText.FamilyMarketLeadership,
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, null),
    });

    public static string Criterion(Language language, SmartCriterion criterion) => Texts.Get(language, criterion switch
    {
        SmartCriterion.Specific => NameText.CriterionSpecific,
        SmartCriterion.Measurable => NameText.CriterionMeasurable,
        SmartCriterion.Attainable => NameText.CriterionAttainable,
        SmartCriterion.Relevant => NameText.CriterionRelevant,
        SmartCriterion.TimeBound => NameText.CriterionTimeBound,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, null),
    });

    /// <summary>The badge letter; SMART is known by its English letters in Persian marketing too.</summary>
    public static string Letter(SmartCriterion criterion) => criterion switch
    {
        SmartCriterion.Specific => "S",
        SmartCriterion.Measurable => "M",
        SmartCriterion.Attainable => "A",
        SmartCriterion.Relevant => "R",
        SmartCriterion.TimeBound => "T",
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, null),
    };

    /// <summary>"Instagram and LinkedIn", "اینستاگرام و لینکدین".</summary>
    public static string JoinPlatforms(Language language, IEnumerable<Platform> platforms) =>
        Join(language, platforms.Select(p => Platform(language, p)));

    /// <summary>"a, b and c" or "الف، ب و ج".</summary>
    public static string Join(Language language, IEnumerable<string> items)
    {
        var list = items.ToList();
        var and = Texts.Get(language, TextKey.ListLastSeparator);
        var comma = Texts.Get(language, TextKey.ListSeparator);
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(comma, list.Take(list.Count - 1)) + and + list[^1],
        };
    }
}

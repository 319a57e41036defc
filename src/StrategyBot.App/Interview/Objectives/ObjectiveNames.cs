using StrategyBot.App.Localization;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// The names the objectives and control steps show for platforms, metrics, goal families and SMART criteria, English
/// and Persian side by side. Persian names keep the English abbreviation where Iranian marketers use it (CTR, ROI).
/// </summary>
internal static class ObjectiveNames
{
    public static string Platform(Language language, Platform platform) => language == Language.Persian
        ? platform switch
        {
            Domain.Planning.Platform.Instagram => "اینستاگرام",
            Domain.Planning.Platform.Facebook => "فیسبوک",
            Domain.Planning.Platform.LinkedIn => "لینکدین",
            Domain.Planning.Platform.X => "ایکس (توییتر)",
            Domain.Planning.Platform.TikTok => "تیک‌تاک",
            Domain.Planning.Platform.YouTube => "یوتیوب",
            Domain.Planning.Platform.Telegram => "تلگرام",
            Domain.Planning.Platform.WhatsApp => "واتس‌اپ",
            Domain.Planning.Platform.Pinterest => "پینترست",
            Domain.Planning.Platform.Aparat => "آپارات",
            Domain.Planning.Platform.Threads => "تردز",
            _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, null),
        }
        : Platforms.EnglishName(platform);

    public static string Metric(Language language, ObjectiveMetric metric) => metric switch
    {
        ObjectiveMetric.Reach => Pick(language, "reach", "دسترسی (ریچ)"),
        ObjectiveMetric.Impressions => Pick(language, "impressions", "تعداد نمایش (ایمپرشن)"),
        ObjectiveMetric.Followers => Pick(language, "followers", "دنبال‌کننده"),
        ObjectiveMetric.EngagementRate => Pick(language, "engagement rate", "نرخ تعامل"),
        ObjectiveMetric.Engagements => Pick(language, "engagements", "تعامل (لایک، کامنت، ذخیره و اشتراک)"),
        ObjectiveMetric.Clicks => Pick(language, "clicks", "کلیک"),
        ObjectiveMetric.Ctr => Pick(language, "click-through rate (CTR)", "نرخ کلیک (CTR)"),
        ObjectiveMetric.Conversions => Pick(language, "conversions", "تعداد تبدیل (کانورژن)"),
        ObjectiveMetric.ConversionRate => Pick(language, "conversion rate", "نرخ تبدیل"),
        ObjectiveMetric.Leads => Pick(language, "leads", "سرنخ فروش (لید)"),
        ObjectiveMetric.Sales => Pick(language, "sales", "فروش"),
        ObjectiveMetric.Revenue => Pick(language, "revenue", "درآمد"),
        ObjectiveMetric.Roi => Pick(language, "ROI", "بازگشت سرمایه (ROI)"),
        ObjectiveMetric.Roas => Pick(language, "return on ad spend (ROAS)", "بازده هزینه تبلیغات (ROAS)"),
        ObjectiveMetric.Cpc => Pick(language, "cost per click (CPC)", "هزینه هر کلیک (CPC)"),
        ObjectiveMetric.Cpa => Pick(language, "cost per acquisition (CPA)", "هزینه هر جذب (CPA)"),
        ObjectiveMetric.Cpm => Pick(language, "cost per 1,000 impressions (CPM)", "هزینه هر هزار نمایش (CPM)"),
        ObjectiveMetric.HashtagUses => Pick(language, "hashtag uses", "استفاده از هشتگ"),
        ObjectiveMetric.ResponseTime => Pick(language, "response time", "زمان پاسخ‌گویی"),
        ObjectiveMetric.ShareOfVoice => Pick(language, "share of voice", "سهم صدا (Share of Voice)"),
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };

    public static string Kpi(Language language, string kpiId) => kpiId switch
    {
        KpiIds.Reach => Pick(language, "Reach", "دسترسی (Reach)"),
        KpiIds.Impressions => Pick(language, "Impressions", "تعداد نمایش (Impressions)"),
        KpiIds.Clicks => Pick(language, "Clicks", "کلیک"),
        KpiIds.Ctr => Pick(language, "Click-through rate (CTR)", "نرخ کلیک (CTR)"),
        KpiIds.EngagementRateByReach => Pick(language, "Engagement rate by reach", "نرخ تعامل بر اساس دسترسی"),
        KpiIds.EngagementRateByImpressions => Pick(language, "Engagement rate by impressions", "نرخ تعامل بر اساس نمایش"),
        KpiIds.EngagementRateByFollowers => Pick(language, "Engagement rate by followers", "نرخ تعامل بر اساس دنبال‌کننده"),
        KpiIds.Conversions => Pick(language, "Conversions", "تبدیل (Conversion)"),
        KpiIds.ConversionRate => Pick(language, "Conversion rate", "نرخ تبدیل"),
        KpiIds.Cpc => Pick(language, "Cost per click (CPC)", "هزینه هر کلیک (CPC)"),
        KpiIds.Cpm => Pick(language, "Cost per 1,000 impressions (CPM)", "هزینه هر هزار نمایش (CPM)"),
        KpiIds.Cpa => Pick(language, "Cost per acquisition (CPA)", "هزینه هر تبدیل (CPA)"),
        KpiIds.Roas => Pick(language, "Return on ad spend (ROAS)", "بازده هزینه تبلیغات (ROAS)"),
        KpiIds.Roi => Pick(language, "Return on investment (ROI)", "بازگشت سرمایه (ROI)"),
        KpiIds.HashtagUses => Pick(language, "Branded hashtag uses", "استفاده از هشتگ برند"),
        KpiIds.Followers => Pick(language, "Followers", "دنبال‌کننده"),
        KpiIds.Revenue => Pick(language, "Revenue", "درآمد"),
        _ => kpiId,
    };

    /// <summary>The raw weekly numbers KPI formulas are made of, lower case as they appear inside a formula.</summary>
    public static string Input(Language language, WeeklyInput input) => input switch
    {
        WeeklyInput.Reach => Pick(language, "reach", "دسترسی"),
        WeeklyInput.Impressions => Pick(language, "impressions", "نمایش"),
        WeeklyInput.Engagements => Pick(language, "engagements", "تعامل‌ها"),
        WeeklyInput.Clicks => Pick(language, "clicks", "کلیک‌ها"),
        WeeklyInput.Conversions => Pick(language, "conversions", "تبدیل‌ها"),
        WeeklyInput.Spend => Pick(language, "spend", "هزینهٔ تبلیغات"),
        WeeklyInput.Revenue => Pick(language, "revenue", "درآمد"),
        WeeklyInput.BrandedHashtagUses => Pick(language, "branded hashtag uses", "استفاده از هشتگ برند"),
        WeeklyInput.Followers => Pick(language, "followers", "دنبال‌کننده‌ها"),
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, null),
    };

    public static string Family(Language language, GoalFamily family) => family switch
    {
        GoalFamily.BrandAwareness => Pick(language, "Brand awareness", "آگاهی از برند"),
        GoalFamily.Sales => Pick(language, "Sales", "فروش"),
        GoalFamily.Roi => Pick(language, "Return on investment (ROI)", "بازگشت سرمایه (ROI)"),
        GoalFamily.SalesAndServiceQuality => Pick(language, "Sales & service quality", "کیفیت فروش و خدمات"),
        GoalFamily.MarketLeadership => Pick(language, "Market leadership", "رهبری بازار"),
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, null),
    };

    public static string Criterion(Language language, SmartCriterion criterion) => criterion switch
    {
        SmartCriterion.Specific => Pick(language, "Specific", "مشخص"),
        SmartCriterion.Measurable => Pick(language, "Measurable", "قابل اندازه‌گیری"),
        SmartCriterion.Attainable => Pick(language, "Attainable", "دست‌یافتنی"),
        SmartCriterion.Relevant => Pick(language, "Relevant", "مرتبط"),
        SmartCriterion.TimeBound => Pick(language, "Time-bound", "زمان‌دار"),
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, null),
    };

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

    private static string Pick(Language language, string english, string persian) =>
        language == Language.Persian ? persian : english;
}

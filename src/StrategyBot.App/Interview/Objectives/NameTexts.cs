namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// The names the objectives and control steps show for metrics, KPIs, weekly inputs, goal families and SMART criteria,
/// English and Persian side by side. Persian names keep the English abbreviation where Iranian marketers use it (CTR,
/// ROI). <see cref="ObjectiveNames"/> maps each domain value to its key.
/// </summary>
internal static class NameTexts
{
    public static IEnumerable<KeyValuePair<NameText, (string English, string Persian)>> Entries() =>
    [
        // Metrics an objective measures, lower case as they appear inside a sentence.
        E(NameText.MetricReach, "reach", "دسترسی (ریچ)"),
        E(NameText.MetricImpressions, "impressions", "تعداد نمایش (ایمپرشن)"),
        E(NameText.MetricFollowers, "followers", "دنبال‌کننده"),
        E(NameText.MetricEngagementRate, "engagement rate", "نرخ تعامل"),
        E(NameText.MetricEngagements, "engagements", "تعامل (لایک، کامنت، ذخیره و اشتراک)"),
        E(NameText.MetricClicks, "clicks", "کلیک"),
        E(NameText.MetricCtr, "click-through rate (CTR)", "نرخ کلیک (CTR)"),
        E(NameText.MetricConversions, "conversions", "تعداد تبدیل (کانورژن)"),
        E(NameText.MetricConversionRate, "conversion rate", "نرخ تبدیل"),
        E(NameText.MetricLeads, "leads", "سرنخ فروش (لید)"),
        E(NameText.MetricSales, "sales", "فروش"),
        E(NameText.MetricRevenue, "revenue", "درآمد"),
        E(NameText.MetricRoi, "ROI", "بازگشت سرمایه (ROI)"),
        E(NameText.MetricRoas, "return on ad spend (ROAS)", "بازده هزینه تبلیغات (ROAS)"),
        E(NameText.MetricCpc, "cost per click (CPC)", "هزینه هر کلیک (CPC)"),
        E(NameText.MetricCpa, "cost per acquisition (CPA)", "هزینه هر جذب (CPA)"),
        E(NameText.MetricCpm, "cost per 1,000 impressions (CPM)", "هزینه هر هزار نمایش (CPM)"),
        E(NameText.MetricHashtagUses, "hashtag uses", "استفاده از هشتگ"),
        E(NameText.MetricResponseTime, "response time", "زمان پاسخ‌گویی"),
        E(NameText.MetricShareOfVoice, "share of voice", "سهم صدا (Share of Voice)"),

        // KPIs of the library, by id.
        E(NameText.KpiReach, "Reach", "دسترسی (Reach)"),
        E(NameText.KpiImpressions, "Impressions", "تعداد نمایش (Impressions)"),
        E(NameText.KpiClicks, "Clicks", "کلیک"),
        E(NameText.KpiCtr, "Click-through rate (CTR)", "نرخ کلیک (CTR)"),
        E(NameText.KpiEngagementRateByReach, "Engagement rate by reach", "نرخ تعامل بر اساس دسترسی"),
        E(NameText.KpiEngagementRateByImpressions, "Engagement rate by impressions", "نرخ تعامل بر اساس نمایش"),
        E(NameText.KpiEngagementRateByFollowers, "Engagement rate by followers", "نرخ تعامل بر اساس دنبال‌کننده"),
        E(NameText.KpiConversions, "Conversions", "تبدیل (Conversion)"),
        E(NameText.KpiConversionRate, "Conversion rate", "نرخ تبدیل"),
        E(NameText.KpiCpc, "Cost per click (CPC)", "هزینه هر کلیک (CPC)"),
        E(NameText.KpiCpm, "Cost per 1,000 impressions (CPM)", "هزینه هر هزار نمایش (CPM)"),
        E(NameText.KpiCpa, "Cost per acquisition (CPA)", "هزینه هر تبدیل (CPA)"),
        E(NameText.KpiRoas, "Return on ad spend (ROAS)", "بازده هزینه تبلیغات (ROAS)"),
        E(NameText.KpiRoi, "Return on investment (ROI)", "بازگشت سرمایه (ROI)"),
        E(NameText.KpiHashtagUses, "Branded hashtag uses", "استفاده از هشتگ برند"),
        E(NameText.KpiFollowers, "Followers", "دنبال‌کننده"),
        E(NameText.KpiRevenue, "Revenue", "درآمد"),
        E(NameText.KpiResponseTime, "Average first-response time", "میانگین زمان اولین پاسخ"),
        E(NameText.KpiShareOfVoice, "Share of voice", "سهم صدا (Share of Voice)"),

        // The raw weekly numbers KPI formulas are made of, lower case as they appear inside a formula.
        E(NameText.InputReach, "reach", "دسترسی"),
        E(NameText.InputImpressions, "impressions", "نمایش"),
        E(NameText.InputEngagements, "engagements", "تعامل‌ها"),
        E(NameText.InputClicks, "clicks", "کلیک‌ها"),
        E(NameText.InputConversions, "conversions", "تبدیل‌ها"),
        E(NameText.InputSpend, "spend", "هزینهٔ تبلیغات"),
        E(NameText.InputRevenue, "revenue", "درآمد"),
        E(NameText.InputBrandedHashtagUses, "branded hashtag uses", "استفاده از هشتگ برند"),
        E(NameText.InputFollowers, "followers", "دنبال‌کننده‌ها"),
        E(NameText.InputMessagesAnswered, "messages answered", "پیام‌های پاسخ‌داده‌شده"),
        E(NameText.InputResponseHours, "response hours", "ساعت‌های پاسخ‌گویی"),
        E(NameText.InputBrandMentions, "brand mentions", "منشن‌های برند"),
        E(NameText.InputCompetitorMentions, "competitor mentions", "منشن‌های رقبا"),

        // Goal families.
        E(NameText.FamilyBrandAwareness, "Brand awareness", "آگاهی از برند"),
        E(NameText.FamilySales, "Sales", "فروش"),
        E(NameText.FamilyRoi, "Return on investment (ROI)", "بازگشت سرمایه (ROI)"),
        E(NameText.FamilySalesAndServiceQuality, "Sales & service quality", "کیفیت فروش و خدمات"),
        E(NameText.FamilyMarketLeadership, "Market leadership", "رهبری بازار"),

        // SMART criteria.
        E(NameText.CriterionSpecific, "Specific", "مشخص"),
        E(NameText.CriterionMeasurable, "Measurable", "قابل اندازه‌گیری"),
        E(NameText.CriterionAttainable, "Attainable", "دست‌یافتنی"),
        E(NameText.CriterionRelevant, "Relevant", "مرتبط"),
        E(NameText.CriterionTimeBound, "Time-bound", "زمان‌دار"),
    ];

    private static KeyValuePair<NameText, (string, string)> E(NameText key, string english, string persian) =>
        new(key, (english, persian));
}

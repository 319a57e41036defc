namespace StrategyBot.App.Localization;

/// <summary>
/// Names KPIs of the library by their id. Ids are matched without case, spaces, "-" or "_" so "engagementRateByReach",
/// "engagement_rate_reach" and "ER by reach" style spellings agree; an unknown id is shown as given.
/// </summary>
public static class KpiNames
{
    private static readonly Dictionary<string, TextKey> Keys = new(StringComparer.Ordinal)
    {
        ["reach"] = TextKey.KpiReach,
        ["impressions"] = TextKey.KpiImpressions,
        ["clicks"] = TextKey.KpiClicks,
        ["ctr"] = TextKey.KpiCtr,
        ["engagementrate"] = TextKey.KpiEngagementRate,
        ["engagementratebyreach"] = TextKey.KpiEngagementRateByReach,
        ["engagementratereach"] = TextKey.KpiEngagementRateByReach,
        ["engagementratebyimpressions"] = TextKey.KpiEngagementRateByImpressions,
        ["engagementrateimpressions"] = TextKey.KpiEngagementRateByImpressions,
        ["engagementratebyfollowers"] = TextKey.KpiEngagementRateByFollowers,
        ["engagementratefollowers"] = TextKey.KpiEngagementRateByFollowers,
        ["conversions"] = TextKey.KpiConversions,
        ["conversionrate"] = TextKey.KpiConversionRate,
        ["cpc"] = TextKey.KpiCpc,
        ["cpm"] = TextKey.KpiCpm,
        ["cpa"] = TextKey.KpiCpa,
        ["roas"] = TextKey.KpiRoas,
        ["roi"] = TextKey.KpiRoi,
        ["hashtaguses"] = TextKey.KpiHashtagUses,
        ["followers"] = TextKey.KpiFollowers,
        ["revenue"] = TextKey.KpiRevenue,
        ["responsetime"] = TextKey.KpiResponseTime,
        ["shareofvoice"] = TextKey.KpiShareOfVoice,
    };

    /// <summary>The KPI's name in the language, or the id itself when the library does not know it.</summary>
    public static string Name(Language language, string kpiId) =>
        TryGetKey(kpiId, out var key) ? Texts.Get(language, key) : kpiId;

    /// <summary>The text key naming a KPI id, if it is one of the library's.</summary>
    public static bool TryGetKey(string? kpiId, out TextKey key)
    {
        key = default;
        return !string.IsNullOrWhiteSpace(kpiId)
            && Keys.TryGetValue(new string(kpiId.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray()), out key);
    }

    /// <summary>Whether the KPI is a rate shown as a percentage (CTR, engagement and conversion rates, ROI).</summary>
    public static bool IsPercentage(string kpiId) =>
        TryGetKey(kpiId, out var key) && key is TextKey.KpiCtr or TextKey.KpiEngagementRate or TextKey.KpiEngagementRateByReach
            or TextKey.KpiEngagementRateByImpressions or TextKey.KpiEngagementRateByFollowers or TextKey.KpiConversionRate or TextKey.KpiRoi or TextKey.KpiShareOfVoice;

    /// <summary>Whether the KPI is an amount of money (CPC, CPM, CPA).</summary>
    public static bool IsMoney(string kpiId) =>
        TryGetKey(kpiId, out var key) && key is TextKey.KpiCpc or TextKey.KpiCpm or TextKey.KpiCpa;
}

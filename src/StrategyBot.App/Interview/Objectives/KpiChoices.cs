using System.Globalization;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// Which KPIs fit an objective (the one measuring its metric first, then those its goal family cares about) and
/// how a typed or submitted answer names KPIs: ids from the card ("reach,ctr"), numbers of the suggestions ("1, 3"),
/// or names and abbreviations in either language ("CTR و نرخ تعامل").
/// </summary>
internal static class KpiChoices
{
    public const int MaxSuggestions = 5;

    private static readonly char[] Separators = [',', '،', ';', '؛', '/', '+', '&', '\n'];

    public static IReadOnlyList<string> Suggest(Objective objective)
    {
        ArgumentNullException.ThrowIfNull(objective);
        var primary = objective.Metric is { } metric ? KpiLibrary.ForMetric(metric) : null;
        var family = objective.Family ?? (objective.Metric is { } m ? MetricTraits.DefaultFamily(m) : GoalFamily.BrandAwareness);
        return new[] { primary }.OfType<string>().Concat(ForFamily(family)).Distinct(StringComparer.Ordinal).Take(MaxSuggestions).ToList();
    }

    public static bool TryRead(string? text, IReadOnlyList<string> suggestions, out IReadOnlyList<string> kpiIds)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        kpiIds = [];
        if (string.IsNullOrWhiteSpace(text) || text.Length > 500)
        {
            return false;
        }

        var folded = TextNormalizer.ForMatching(text).Replace(" and ", ",", StringComparison.Ordinal).Replace(" و ", ",", StringComparison.Ordinal);
        var found = new List<string>();
        foreach (var part in folded.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Find(part, suggestions) is not { } id)
            {
                return false;
            }

            found.Add(id);
        }

        kpiIds = found.Distinct(StringComparer.Ordinal).ToList();
        return kpiIds.Count > 0;
    }

    private static string? Find(string part, IReadOnlyList<string> suggestions)
    {
        if (int.TryParse(part.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= suggestions.Count ? suggestions[number - 1] : null;
        }

        if (KpiLibrary.TryGet(part, out var byId))
        {
            return byId.Id;
        }

        var key = Key(part);
        return KpiLibrary.All.FirstOrDefault(k => Names(k.Id).Any(n => Key(n) == key))?.Id;
    }

    private static IEnumerable<string> Names(string id) =>
        Enum.GetValues<Language>().Select(l => ObjectiveNames.Kpi(l, id)).Concat(Synonyms(id));

    private static IEnumerable<string> Synonyms(string id) => id switch
    {
        KpiIds.EngagementRateByReach => ["engagement rate", "engagement", "er", "نرخ تعامل", "تعامل"],
        KpiIds.Ctr => ["ctr", "click through rate", "نرخ کلیک"],
        KpiIds.Cpc => ["cpc", "cost per click"],
        KpiIds.Cpm => ["cpm"],
        KpiIds.Cpa => ["cpa", "cost per acquisition", "cost per conversion"],
        KpiIds.Roas => ["roas"],
        KpiIds.Roi => ["roi", "return on investment", "بازگشت سرمایه"],
        KpiIds.HashtagUses => ["hashtag", "hashtags", "hashtag uses", "هشتگ"],
        KpiIds.Reach => ["دسترسی", "ریچ"],
        KpiIds.Impressions => ["نمایش", "ایمپرشن"],
        KpiIds.Conversions => ["تبدیل", "کانورژن"],
        KpiIds.Followers => ["فالوور", "دنبال کننده"],
        _ => [],
    };

    // Letters and digits only, so "Click-through rate (CTR)" and "click through rate ctr" agree.
    private static string Key(string name) =>
        new(TextNormalizer.ForMatching(name).Where(char.IsLetterOrDigit).ToArray());

    private static IEnumerable<string> ForFamily(GoalFamily family) => family switch
    {
        GoalFamily.BrandAwareness => [KpiIds.Reach, KpiIds.Impressions, KpiIds.EngagementRateByReach, KpiIds.Followers, KpiIds.HashtagUses],
        GoalFamily.Sales => [KpiIds.Conversions, KpiIds.ConversionRate, KpiIds.Clicks, KpiIds.Ctr, KpiIds.Revenue],
        GoalFamily.Roi => [KpiIds.Roi, KpiIds.Roas, KpiIds.Cpa, KpiIds.Cpc, KpiIds.Revenue],
        GoalFamily.SalesAndServiceQuality => [KpiIds.EngagementRateByFollowers, KpiIds.ConversionRate, KpiIds.Conversions, KpiIds.Cpa, KpiIds.Reach],
        _ => [KpiIds.Reach, KpiIds.EngagementRateByImpressions, KpiIds.HashtagUses, KpiIds.Followers, KpiIds.Impressions],
    };
}

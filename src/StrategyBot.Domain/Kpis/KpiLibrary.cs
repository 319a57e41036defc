using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Kpis;

/// <summary>The KPIs a plan can choose from (issue 3, Control), with formulas and the raw inputs they need.</summary>
public static class KpiLibrary
{
    public static IReadOnlyList<KpiDefinition> All { get; } =
    [
        Count(KpiIds.Reach, "reach", WeeklyInput.Reach),
        Count(KpiIds.Impressions, "impressions", WeeklyInput.Impressions),
        Count(KpiIds.Clicks, "clicks", WeeklyInput.Clicks),
        Rate(KpiIds.Ctr, "clicks", WeeklyInput.Clicks, "impressions", WeeklyInput.Impressions),
        Rate(KpiIds.EngagementRateByReach, "engagements", WeeklyInput.Engagements, "reach", WeeklyInput.Reach),
        Rate(KpiIds.EngagementRateByImpressions, "engagements", WeeklyInput.Engagements, "impressions", WeeklyInput.Impressions),
        Rate(KpiIds.EngagementRateByFollowers, "engagements", WeeklyInput.Engagements, "followers", WeeklyInput.Followers),
        Count(KpiIds.Conversions, "conversions", WeeklyInput.Conversions),
        Rate(KpiIds.ConversionRate, "conversions", WeeklyInput.Conversions, "clicks", WeeklyInput.Clicks),
        Cost(KpiIds.Cpc, "spend ÷ clicks", "clicks", WeeklyInput.Clicks, 1m),
        Cost(KpiIds.Cpm, "spend ÷ impressions × 1000", "impressions", WeeklyInput.Impressions, 1000m),
        Cost(KpiIds.Cpa, "spend ÷ conversions", "conversions", WeeklyInput.Conversions, 1m),
        new KpiDefinition
        {
            Id = KpiIds.Roas, Formula = "revenue ÷ spend", Numerator = "revenue", Denominator = "spend", Unit = KpiUnit.Ratio,
            Direction = KpiDirection.HigherIsBetter, NumeratorInput = WeeklyInput.Revenue, DenominatorInput = WeeklyInput.Spend,
        },
        new KpiDefinition
        {
            Id = KpiIds.Roi, Formula = "(revenue − spend) ÷ spend × 100", Numerator = "revenue − spend", Denominator = "spend", Unit = KpiUnit.Percent,
            Direction = KpiDirection.HigherIsBetter, NumeratorInput = WeeklyInput.Revenue, DenominatorInput = WeeklyInput.Spend,
            NumeratorNetOfDenominator = true, Scale = 100m,
        },
        Count(KpiIds.HashtagUses, "branded hashtag uses", WeeklyInput.BrandedHashtagUses),
        Count(KpiIds.Followers, "followers", WeeklyInput.Followers),
        new KpiDefinition
        {
            Id = KpiIds.ResponseTime, Formula = "response hours ÷ messages answered", Numerator = "response hours", Denominator = "messages answered",
            Unit = KpiUnit.Hours, Direction = KpiDirection.LowerIsBetter, NumeratorInput = WeeklyInput.ResponseHours,
            DenominatorInput = WeeklyInput.MessagesAnswered,
        },
        new KpiDefinition
        {
            Id = KpiIds.ShareOfVoice, Formula = "brand mentions ÷ (brand mentions + competitor mentions) × 100", Numerator = "brand mentions",
            Denominator = "brand mentions + competitor mentions", Unit = KpiUnit.Percent, Direction = KpiDirection.HigherIsBetter,
            NumeratorInput = WeeklyInput.BrandMentions, DenominatorInput = WeeklyInput.CompetitorMentions, DenominatorAddsNumerator = true, Scale = 100m,
        },
        new KpiDefinition
        {
            Id = KpiIds.Revenue, Formula = "revenue", Numerator = "revenue", Unit = KpiUnit.Currency,
            Direction = KpiDirection.HigherIsBetter, NumeratorInput = WeeklyInput.Revenue,
        },
    ];

    private static readonly Dictionary<string, KpiDefinition> ById = All.ToDictionary(k => k.Id, StringComparer.Ordinal);

    public static bool TryGet(string id, out KpiDefinition definition) => ById.TryGetValue(id, out definition!);

    public static KpiDefinition Get(string id) =>
        ById.TryGetValue(id, out var definition) ? definition : throw new KeyNotFoundException($"Unknown KPI id '{id}'.");

    /// <summary>The KPI that measures an objective's metric, to preselect in the Control step; null when none fits.</summary>
    public static string? ForMetric(ObjectiveMetric metric) => metric switch
    {
        ObjectiveMetric.Reach => KpiIds.Reach,
        ObjectiveMetric.Impressions => KpiIds.Impressions,
        ObjectiveMetric.Followers => KpiIds.Followers,
        ObjectiveMetric.EngagementRate or ObjectiveMetric.Engagements => KpiIds.EngagementRateByReach,
        ObjectiveMetric.Clicks => KpiIds.Clicks,
        ObjectiveMetric.Ctr => KpiIds.Ctr,
        ObjectiveMetric.Conversions or ObjectiveMetric.Leads or ObjectiveMetric.Sales => KpiIds.Conversions,
        ObjectiveMetric.ConversionRate => KpiIds.ConversionRate,
        ObjectiveMetric.Revenue => KpiIds.Revenue,
        ObjectiveMetric.Roi => KpiIds.Roi,
        ObjectiveMetric.Roas => KpiIds.Roas,
        ObjectiveMetric.Cpc => KpiIds.Cpc,
        ObjectiveMetric.Cpa => KpiIds.Cpa,
        ObjectiveMetric.Cpm => KpiIds.Cpm,
        ObjectiveMetric.HashtagUses => KpiIds.HashtagUses,
        ObjectiveMetric.ResponseTime => KpiIds.ResponseTime,
        ObjectiveMetric.ShareOfVoice => KpiIds.ShareOfVoice,
        _ => null,
    };

    /// <summary>The raw inputs the given KPIs need, without repeats, in card order.</summary>
    public static IReadOnlyList<WeeklyInput> RequiredInputs(IEnumerable<string> kpiIds) =>
        kpiIds.Select(Get).SelectMany(k => k.Inputs).Distinct().Order().ToList();

    /// <summary>Every library KPI (or just <paramref name="kpiIds"/>) computed from one week's numbers.</summary>
    public static IReadOnlyList<KpiValue> ComputeAll(WeeklyNumbers numbers, IEnumerable<string>? kpiIds = null) =>
        (kpiIds?.Select(Get) ?? All).Select(k => k.Compute(numbers)).ToList();

    private static KpiDefinition Count(string id, string name, WeeklyInput input) => new()
    {
        Id = id, Formula = name, Numerator = name, Unit = KpiUnit.Count, Direction = KpiDirection.HigherIsBetter, NumeratorInput = input,
    };

    private static KpiDefinition Rate(string id, string numerator, WeeklyInput top, string denominator, WeeklyInput bottom) => new()
    {
        Id = id, Formula = $"{numerator} ÷ {denominator} × 100", Numerator = numerator, Denominator = denominator, Unit = KpiUnit.Percent,
        Direction = KpiDirection.HigherIsBetter, NumeratorInput = top, DenominatorInput = bottom, Scale = 100m,
    };

    private static KpiDefinition Cost(string id, string formula, string denominator, WeeklyInput bottom, decimal scale) => new()
    {
        Id = id, Formula = formula, Numerator = "spend", Denominator = denominator, Unit = KpiUnit.Currency,
        Direction = KpiDirection.LowerIsBetter, NumeratorInput = WeeklyInput.Spend, DenominatorInput = bottom, Scale = scale,
    };
}

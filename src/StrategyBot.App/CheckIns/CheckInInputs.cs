using System.Globalization;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.CheckIns;

/// <summary>The raw numbers a plan's check-in asks for, their card input ids and their names in both languages.</summary>
internal static class CheckInInputs
{
    /// <summary>Teams cards stay usable on a phone with this many inputs; issue 4 caps the card at eight.</summary>
    public const int MaxInputs = 8;

    /// <summary>The derived KPIs the result card always explains when their inputs were asked for.</summary>
    public static readonly IReadOnlyList<string> DerivedKpis =
    [
        KpiIds.EngagementRateByReach, KpiIds.Ctr, KpiIds.ConversionRate, KpiIds.Cpc, KpiIds.Cpm, KpiIds.Cpa, KpiIds.Roas, KpiIds.Roi,
    ];

    /// <summary>The plan's KPI ids that the library knows, without repeats.</summary>
    public static IReadOnlyList<string> PlanKpis(MarketingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.Control.KpiTargets.Select(t => t.KpiId).Where(id => KpiLibrary.TryGet(id, out _)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>True when the plan has a KPI a check-in can ask about.</summary>
    public static bool HasKpis(MarketingPlan plan) => PlanKpis(plan).Count > 0;

    /// <summary>The inputs the plan's KPIs need, in card order, at most <see cref="MaxInputs"/>.</summary>
    public static IReadOnlyList<WeeklyInput> For(MarketingPlan plan) => [.. KpiLibrary.RequiredInputs(PlanKpis(plan)).Take(MaxInputs)];

    /// <summary>The submitted-value key of an input: "reach", "impressions", … "brandedHashtagUses".</summary>
    public static string Id(WeeklyInput input)
    {
        var name = input.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static string Name(Language language, WeeklyInput input) => Texts.Get(language, input switch
    {
        WeeklyInput.Reach => CheckInText.InputReach,
        WeeklyInput.Impressions => CheckInText.InputImpressions,
        WeeklyInput.Engagements => CheckInText.InputEngagements,
        WeeklyInput.Clicks => CheckInText.InputClicks,
        WeeklyInput.Conversions => CheckInText.InputConversions,
        WeeklyInput.Spend => CheckInText.InputSpend,
        WeeklyInput.Revenue => CheckInText.InputRevenue,
        WeeklyInput.BrandedHashtagUses => CheckInText.InputHashtagUses,
        WeeklyInput.Followers => CheckInText.InputFollowers,
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, null),
    });

    /// <summary>The KPI's formula with input names in the language: "Clicks ÷ Impressions × 100".</summary>
    public static string Formula(Language language, KpiDefinition kpi)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        var numerator = Name(language, kpi.NumeratorInput);
        if (kpi.DenominatorInput is not { } denominator)
        {
            return numerator;
        }

        var top = kpi.NumeratorNetOfDenominator ? "(" + numerator + " − " + Name(language, denominator) + ")" : numerator;
        var formula = top + " ÷ " + Name(language, denominator);
        return kpi.Scale == 1m ? formula : formula + " × " + LocalFormat.Number(language, kpi.Scale);
    }

    /// <summary>The same formula with this week's numbers put in: "340 ÷ 12,000 × 100".</summary>
    public static string Substituted(Language language, KpiDefinition kpi, WeeklyNumbers numbers)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        ArgumentNullException.ThrowIfNull(numbers);
        var numerator = Value(language, numbers.Get(kpi.NumeratorInput));
        if (kpi.DenominatorInput is not { } denominator)
        {
            return numerator;
        }

        var bottom = Value(language, numbers.Get(denominator));
        var top = kpi.NumeratorNetOfDenominator ? "(" + numerator + " − " + bottom + ")" : numerator;
        var formula = top + " ÷ " + bottom;
        return kpi.Scale == 1m ? formula : formula + " × " + LocalFormat.Number(language, kpi.Scale);
    }

    /// <summary>A KPI value in its unit: "2.83%", "1.25 USD", "4.2×", "12,000".</summary>
    public static string FormatValue(Language language, KpiDefinition kpi, decimal value, string currencyCode)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        return kpi.Unit switch
        {
            KpiUnit.Percent => LocalFormat.Percent(language, value, 2),
            KpiUnit.Currency => LocalFormat.Currency(language, Math.Round(value, 2), currencyCode),
            KpiUnit.Ratio => LocalFormat.Number(language, value, 2) + "×",
            _ => LocalFormat.Number(language, Math.Round(value, 0), 0),
        };
    }

    /// <summary>Parses a submitted card value: a JSON number or a string in Latin or Persian digits.</summary>
    public static bool TryParseNumber(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var latin = PersianDigits.ToLatin(text.Trim()).Replace(",", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(latin, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    private static string Value(Language language, decimal? value) => value is { } number ? LocalFormat.Number(language, number) : "?";
}

using System.Globalization;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.CheckIns;

/// <summary>The raw numbers a plan's check-in asks for, their card input ids and their names in both languages.</summary>
internal static class CheckInInputs
{
    /// <summary>Teams cards stay usable on a phone with this many inputs in view; issue 4 caps the card at eight.</summary>
    public const int MaxInputs = 8;

    /// <summary>Inputs beyond <see cref="MaxInputs"/> wait behind "More numbers", up to this many in all.</summary>
    public const int MaxTracked = 2 * MaxInputs;

    /// <summary>The derived KPIs the result card always explains when their inputs were asked for.</summary>
    public static readonly IReadOnlyList<string> DerivedKpis =
    [
        KpiIds.EngagementRateByReach, KpiIds.Ctr, KpiIds.ConversionRate, KpiIds.Cpc, KpiIds.Cpm, KpiIds.Cpa, KpiIds.Roas, KpiIds.Roi,
        KpiIds.ResponseTime, KpiIds.ShareOfVoice,
    ];

    /// <summary>The plan's KPI ids that the library knows, without repeats.</summary>
    public static IReadOnlyList<string> PlanKpis(MarketingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.Control.KpiTargets.Select(t => t.KpiId).Where(id => KpiLibrary.TryGet(id, out _)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>True when the plan has a KPI a check-in can ask about.</summary>
    public static bool HasKpis(MarketingPlan plan) => PlanKpis(plan).Count > 0;

    /// <summary>
    /// The plan's KPI targets the library knows, one per KPI and platform, most important first: the KPIs that
    /// measure an objective's own metric, in objective order, then the supporting ones in plan order.
    /// </summary>
    public static IReadOnlyList<KpiTarget> Targets(MarketingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var objectiveOrder = plan.Objectives.Select((o, i) => (o.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return [.. plan.Control.KpiTargets
            .Select((target, index) => (target, index))
            .Where(p => KpiLibrary.TryGet(p.target.KpiId, out _))
            .OrderBy(p => MeasuresItsObjective(plan, p.target) ? 0 : 1)
            .ThenBy(p => MeasuresItsObjective(plan, p.target) ? objectiveOrder.GetValueOrDefault(p.target.ObjectiveId, int.MaxValue) : 0)
            .ThenBy(p => p.index)
            .Select(p => p.target)
            .DistinctBy(t => (t.KpiId, t.Platform))];
    }

    /// <summary>
    /// The raw numbers the plan's KPIs need, one per platform and input ("Instagram followers", "Telegram
    /// followers", and sales once over all platforms), most important first, at most <see cref="MaxTracked"/>.
    /// </summary>
    public static IReadOnlyList<PlatformInput> For(MarketingPlan plan)
    {
        var targets = Targets(plan);
        IEnumerable<PlatformInput> Inputs(IEnumerable<KpiTarget> some) =>
            some.SelectMany(t => KpiLibrary.Get(t.KpiId).Inputs.Select(i => PlatformInput.For(i, t.Platform)));

        // The objectives' own numbers in objective order; the supporting ones in the card's usual funnel order.
        var own = Inputs(targets.Where(t => MeasuresItsObjective(plan, t)));
        var supporting = Inputs(targets.Where(t => !MeasuresItsObjective(plan, t))).OrderBy(i => i.Input).ThenBy(i => i.Platform ?? (Platform)(-1));
        return [.. own.Concat(supporting).Distinct().Take(MaxTracked)];
    }

    /// <summary>
    /// Gives a typed number without a platform ("followers 9100") the platform the plan tracks that input on, when
    /// it tracks it on exactly one; false (and <paramref name="ambiguous"/>) when it tracks it on several.
    /// </summary>
    public static bool TryAssign(IReadOnlyList<PlatformInput> tracked, ReportedNumber number, out PlatformInput input, out WeeklyInput? ambiguous)
    {
        ArgumentNullException.ThrowIfNull(tracked);
        ambiguous = null;
        input = PlatformInput.For(number.Input, number.Platform);
        if (input.Platform is not null || PlatformInput.IsBusinessOutcome(number.Input) || tracked.Contains(input))
        {
            return true;
        }

        var platforms = tracked.Where(t => t.Input == number.Input).ToList();
        if (platforms.Count > 1)
        {
            ambiguous = number.Input;
            return false;
        }

        input = platforms.Count == 1 ? platforms[0] : input;
        return true;
    }

    // The KPI that measures the target's objective's own metric ranks before the KPIs that support it.
    private static bool MeasuresItsObjective(MarketingPlan plan, KpiTarget target) =>
        plan.FindObjective(target.ObjectiveId)?.Metric is { } metric && KpiLibrary.ForMetric(metric) == target.KpiId;

    /// <summary>The submitted-value key of an input: "reach", "impressions", … "brandedHashtagUses".</summary>
    public static string Id(WeeklyInput input)
    {
        var name = input.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>The key of an input on a platform: "instagramFollowers"; over all platforms, the input's own key.</summary>
    public static string Id(PlatformInput input) =>
        input.Platform is { } platform ? LowerFirst(platform.ToString()) + input.Input : Id(input.Input);

    /// <summary>Every key a card may submit a number under: each input over all platforms and on each platform.</summary>
    public static IEnumerable<PlatformInput> AllKeys() =>
        Enum.GetValues<WeeklyInput>().SelectMany(i => Enum.GetValues<Platform>().Select(p => new PlatformInput(i, p)).Prepend(new PlatformInput(i, null)));

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
        WeeklyInput.MessagesAnswered => CheckInText.InputMessagesAnswered,
        WeeklyInput.ResponseHours => CheckInText.InputResponseHours,
        WeeklyInput.BrandMentions => CheckInText.InputBrandMentions,
        WeeklyInput.CompetitorMentions => CheckInText.InputCompetitorMentions,
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, null),
    });

    /// <summary>"Instagram followers", «دنبال‌کننده‌ها در اینستاگرام»; over all platforms, the input's own name.</summary>
    public static string Name(Language language, PlatformInput input) => input.Platform is { } platform
        ? Texts.Format(language, CheckInText.InputOnPlatform, platform, ObjectiveNames.Input(language, input.Input))
        : Name(language, input.Input);

    /// <summary>A KPI's name with the platform its target is counted on: "Followers · Instagram".</summary>
    public static string KpiName(Language language, string kpiId, Platform? platform) => platform is { } on
        ? Texts.Format(language, CheckInText.ChartPanelTitle, KpiNames.Name(language, kpiId), on)
        : KpiNames.Name(language, kpiId);

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
        var bottom = kpi.DenominatorAddsNumerator ? "(" + numerator + " + " + Name(language, denominator) + ")" : Name(language, denominator);
        var formula = top + " ÷ " + bottom;
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

        var bottom = kpi.DenominatorAddsNumerator
            ? "(" + numerator + " + " + Value(language, numbers.Get(denominator)) + ")"
            : Value(language, numbers.Get(denominator));
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
            KpiUnit.Hours => Texts.Format(language, CheckInText.HoursValue, Math.Round(value, 2)),
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

    private static string LowerFirst(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Value(Language language, decimal? value) => value is { } number ? LocalFormat.Number(language, number) : "?";
}

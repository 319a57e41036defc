using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Kpis;

/// <summary>
/// The cadence a KPI target gets when it is set: followers are a level, derived KPIs (rates and costs per something)
/// a ratio, reach and impressions a weekly rate, and counts (clicks, conversions, revenue, hashtag uses) a total over
/// the period unless the marketer named a rate ("150 a month", «در هفته»).
/// </summary>
public static class TargetCadences
{
    public static TargetCadence Natural(KpiDefinition kpi)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        return kpi.Id switch
        {
            KpiIds.Followers => TargetCadence.Level,
            KpiIds.Reach or KpiIds.Impressions => TargetCadence.PerWeek,
            _ when kpi.DenominatorInput is not null => TargetCadence.Ratio,
            _ => TargetCadence.Total,
        };
    }

    /// <summary>The KPI's natural cadence, or the rate the marketer named where a rate makes sense for it.</summary>
    public static TargetCadence For(KpiDefinition kpi, TargetCadence? named)
    {
        var natural = Natural(kpi);
        return natural is TargetCadence.Level or TargetCadence.Ratio || named is not (TargetCadence.PerWeek or TargetCadence.PerMonth)
            ? natural
            : named.Value;
    }
}

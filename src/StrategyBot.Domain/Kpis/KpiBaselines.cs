using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Kpis;

/// <summary>
/// Baselines the Situation step already holds, so a KPI target starts from them without a second question:
/// followers and weekly reach per platform. A target over all platforms adds the platforms up, when every one of
/// them has the number.
/// </summary>
public static class KpiBaselines
{
    public static decimal? FromSituation(Situation situation, string kpiId, Platform? platform)
    {
        ArgumentNullException.ThrowIfNull(situation);
        Func<PlatformPresence, long?>? pick = kpiId switch
        {
            KpiIds.Followers => p => p.Followers,
            KpiIds.Reach => p => p.WeeklyReach,
            _ => null,
        };
        if (pick is null)
        {
            return null;
        }

        if (platform is { } on)
        {
            return situation.PresenceOn(on) is { } presence ? pick(presence) : null;
        }

        return situation.Presence.Count > 0 && situation.Presence.All(p => pick(p) is not null)
            ? situation.Presence.Sum(p => pick(p)!.Value)
            : null;
    }
}

namespace StrategyBot.Domain.CheckIns;

public enum KpiStatus
{
    NoData,
    OnTrack,
    AtRisk,
    OffTrack,
}

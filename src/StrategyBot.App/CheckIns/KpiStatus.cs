namespace StrategyBot.App.CheckIns;

/// <summary>How a KPI stands against its pro-rated target.</summary>
internal enum KpiStatus
{
    NoData,
    OnTrack,
    AtRisk,
    OffTrack,
}

using StrategyBot.App.CheckIns;
using StrategyBot.Domain.CheckIns;

namespace StrategyBot.App.PlanDocument;

/// <summary>The latest check-in week of the plan: its record, and every target KPI judged at that week.</summary>
internal sealed record PlanCheckInStatus(IsoWeek Week, CheckInRecord? Record, IReadOnlyList<KpiStanding> Standings);

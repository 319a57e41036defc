using StrategyBot.App.CheckIns;
using StrategyBot.App.Localization;
using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.MessageExtensions;

/// <summary>
/// Where an objective stands, one line per KPI: the check-ins' own judgement (<see cref="KpiStandings"/>, the rules
/// of the progress card) in the progress card's words, "Reach: On track · now 5,200 · …". Pure: the caller reads the history.
/// </summary>
internal static class ObjectiveProgress
{
    public static IReadOnlyList<string> Lines(
        MarketingPlan plan, Objective objective, IReadOnlyList<KpiStanding> standings, Language language)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(standings);
        var kpis = plan.Control.KpiTargets.Where(t => t.ObjectiveId == objective.Id).Select(t => t.KpiId).ToHashSet(StringComparer.Ordinal);
        if (kpis.Count == 0)
        {
            return [Texts.Get(language, MessageExtensionText.ProgressNoKpis)];
        }

        var currency = plan.Tactics.Budget.CurrencyCode ?? "USD";
        return [.. standings.Where(s => kpis.Contains(s.Kpi.Id)).Select(s =>
        {
            string Show(decimal? value) => value is { } v ? CheckInInputs.FormatValue(language, s.Kpi, v, currency) : "–";
            var detail = Texts.Format(
                language, CheckInText.ProgressLine, Show(s.Report.SoFar), Show(s.Report.ExpectedSoFar), Show(s.Target.Target), s.Target.Deadline);
            return Texts.Format(language, MessageExtensionText.ProgressKpi, KpiNames.Name(language, s.Kpi.Id), Texts.Get(language, Status(s.Status)), detail);
        })];
    }

    private static CheckInText Status(KpiStatus status) => status switch
    {
        KpiStatus.OnTrack => CheckInText.StatusOnTrack,
        KpiStatus.AtRisk => CheckInText.StatusAtRisk,
        KpiStatus.OffTrack => CheckInText.StatusOffTrack,
        _ => CheckInText.StatusNoData,
    };
}

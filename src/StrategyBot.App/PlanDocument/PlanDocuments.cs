using System.Globalization;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.PlanDocument;

/// <summary>
/// Makes the plan document from a user's loaded state: the plan, and the latest check-in week from the CheckIns table
/// for the status and the chart. The file is made when it is asked for, so it always shows the plan as it is now.
/// </summary>
internal sealed class PlanDocuments(ICheckInHistory history, TimeProvider time)
{
    public async Task<PlanFile?> CreateAsync(StateSet state, Language language, PlanDocumentFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);

        // The one read of the plan, read-only: the document changes nothing.
        var plan = TurnState.Of(state).Plan;
        if (IsEmpty(plan))
        {
            return null;
        }

        var status = await StatusAsync(state, plan, cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var outline = PlanOutlineBuilder.Build(plan, status, language, today);
        var stem = "marketing-plan-" + today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return format == PlanDocumentFormat.Markdown
            ? new PlanFile(PlanMarkdownWriter.WriteUtf8(outline), stem + ".md", PlanMarkdownWriter.ContentType)
            : new PlanFile(PlanDocxWriter.Write(outline), stem + ".docx", PlanDocxWriter.ContentType);
    }

    private async Task<PlanCheckInStatus?> StatusAsync(StateSet state, MarketingPlan plan, CancellationToken cancellationToken)
    {
        var checkIns = TurnState.Of(state).CheckIns;
        if (!IsoWeek.TryParse(checkIns.LastReportedWeek, out var week))
        {
            return null;
        }

        var records = await history.GetRangeAsync(state.Scope, plan.Id, week.AddWeeks(1 - KpiStandings.ChartWeeks), week, cancellationToken);
        return records.Count == 0
            ? null
            : new PlanCheckInStatus(week, records.LastOrDefault(r => r.Week == week), KpiStandings.Evaluate(plan, records, week));
    }

    private static bool IsEmpty(MarketingPlan plan) =>
        string.IsNullOrWhiteSpace(plan.Situation.BusinessDescription)
        && plan.Situation.Personas.Count == 0
        && plan.Objectives.Count == 0
        && plan.Strategy.Platforms.Count == 0
        && plan.Tactics.PlatformTactics.Count == 0
        && plan.Actions.Count == 0
        && plan.Control.KpiTargets.Count == 0;
}

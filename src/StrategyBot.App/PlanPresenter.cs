using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App;

/// <summary>Shows the user's plan: the summary card, as a message or as the body of an Action.Execute answer.</summary>
internal static class PlanPresenter
{
    public static JsonObject SummaryCard(StateSet state, Language language, DateTimeOffset now) =>
        SummaryCard(TurnState.Of(state).Plan, TurnState.Of(state).Profile, language, now);

    public static JsonObject SummaryCard(MarketingPlan plan, UserProfile profile, Language language, DateTimeOffset now) =>
        PlanSummaryCard.Build(plan, language, NextCheckIn(plan, profile, now));

    public static Activity SummaryMessage(StateSet state, Language language, DateTimeOffset now) =>
        SummaryMessage(TurnState.Of(state).Plan, TurnState.Of(state).Profile, language, now);

    public static Activity SummaryMessage(MarketingPlan plan, UserProfile profile, Language language, DateTimeOffset now) => new()
    {
        Type = ActivityTypes.Message,
        Locale = Languages.Code(language),
        Attachments = [Attachment.AdaptiveCard(SummaryCard(plan, profile, language, now))],
    };

    /// <summary>The next weekly slot in the user's own zone, once the plan has KPIs and a check-in slot.</summary>
    private static DateTimeOffset? NextCheckIn(MarketingPlan plan, UserProfile profile, DateTimeOffset now)
    {
        var control = plan.Control;
        if (control.KpiTargets.Count == 0 || control.CheckInDay is not { } day || control.CheckInTime is not { } time)
        {
            return null;
        }

        var zoneId = control.TimeZoneId ?? profile.TimeZoneId ?? "Etc/UTC";
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            zone = TimeZoneInfo.Utc;
        }

        return TimeZoneInfo.ConvertTime(new CheckInSchedule(day, time, zone).NextDue(now), zone);
    }
}

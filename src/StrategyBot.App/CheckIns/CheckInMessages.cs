using StrategyBot.App.Cards;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.CheckIns;

/// <summary>The activities the check-ins send, proactively or as turn replies. Pure: no I/O.</summary>
internal static class CheckInMessages
{
    /// <summary>The check-in card for <paramref name="week"/>, with the last reported numbers when they are the week before.</summary>
    public static Activity CheckInCard(MarketingPlan plan, CheckInState checkIns, IsoWeek week, Language language)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(checkIns);
        var lastWeek = checkIns.LastNumbersWeek == week.AddWeeks(-1).ToString() ? checkIns.LastNumbers : null;
        var card = Cards.CheckInCard.Build(CheckInInputs.For(plan), week, lastWeek, language);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Summary = (string?)card["fallbackText"],
            Attachments = [Attachment.AdaptiveCard(card)],
        };
    }

    /// <summary>What the scheduler sends for a due decision; null for <see cref="DueAction.None"/>.</summary>
    public static Activity? ForDecision(CheckInDecision decision, MarketingPlan plan, CheckInState checkIns, Language language, int ignoredWeeks)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.Action switch
        {
            DueAction.CheckIn or DueAction.SnoozeReturn => CheckInCard(plan, checkIns, decision.Week, language),
            DueAction.Nudge => Text(language, Texts.Format(language, CheckInText.Nudge, CheckInFormat.Week(language, decision.Week))),
            DueAction.PauseForIgnored => Text(language, Texts.Format(language, CheckInText.PausedIgnored, ignoredWeeks)),
            _ => null,
        };
    }

    /// <summary>The replacement for a check-in card that has been answered: the week and <paramref name="outcome"/>, nothing to click.</summary>
    public static Activity Answered(IsoWeek week, string outcome, bool positive, Language language) =>
        Card(CheckInAnsweredCard.Build(week, outcome, positive, language));

    public static Activity Card(System.Text.Json.Nodes.JsonObject card) => new()
    {
        Type = ActivityTypes.Message,
        Summary = (string?)card["fallbackText"],
        Attachments = [Attachment.AdaptiveCard(card)],
    };

    public static Activity Text(Language language, string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = BidiMarks.StartRightToLeft(language, text),
    };
}

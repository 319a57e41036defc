using System.Text.Json.Nodes;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Localization;
using StrategyBot.Domain.CheckIns;

namespace StrategyBot.App.Cards;

/// <summary>
/// What a check-in card becomes once it is answered: the week and the outcome ("numbers received", "snoozed until…",
/// "skipped: reason", "paused"), with no inputs and no actions, so a second click has nothing to submit. Pure: no I/O.
/// </summary>
internal static class CheckInAnsweredCard
{
    /// <summary>Builds the card; <paramref name="outcome"/> is shown as written (callers escape any user text in it).</summary>
    public static JsonObject Build(IsoWeek week, string outcome, bool positive, Language language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        var title = Texts.Format(language, CheckInText.CardTitle, CheckInFormat.Week(language, week));
        var filler = new CardFiller(CardTemplates.Get(CardTemplates.CheckInAnswered))
            .SetText("title", title)
            .SetText("outcome", outcome)
            .Set("outcome", "color", positive ? "good" : "default");
        return filler.Finish(language, title + ". " + outcome);
    }
}

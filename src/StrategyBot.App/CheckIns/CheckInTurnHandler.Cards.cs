using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Domain.CheckIns;

namespace StrategyBot.App.CheckIns;

internal sealed partial class CheckInTurnHandler
{
    /// <summary>
    /// Queues replacing the answered check-in card <paramref name="cardId"/> by its answered form (connector PUT,
    /// docs/bot-protocol.md#connector-rest-api), so the card shows what happened and a second click has nothing left to submit. Like the
    /// replies it goes out only after the turn's state was saved; a refused update is logged and the replies still go.
    /// </summary>
    private static void ReplaceCard(TurnContext turn, string? cardId, IsoWeek week, string outcome, bool positive, Language language)
    {
        if (string.IsNullOrWhiteSpace(cardId))
        {
            return;
        }

        turn.UpdateActivity(cardId, CheckInMessages.Answered(week, outcome, positive, language));
    }
}

using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App;

/// <summary>Shows the user's plan: the summary card, as a message or as the body of an Action.Execute answer.</summary>
internal static class PlanPresenter
{
    public static JsonObject SummaryCard(StateSet state, Language language) =>
        PlanSummaryCard.Build(StateDocuments.LoadPlan(state), language, nextCheckIn: null);

    public static Activity SummaryMessage(StateSet state, Language language) => new()
    {
        Attachments = [Attachment.AdaptiveCard(SummaryCard(state, language))],
    };
}

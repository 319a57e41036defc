using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Conversation;

/// <summary>
/// What is left of the old static document API, for the objective dialogs only while they are being rewritten onto the
/// question-flow engine (issue 14, item 2); everything else uses <see cref="TurnState"/>. Delete with their rewrite.
/// </summary>
internal static class StateDocuments
{
    /// <summary>A private copy of the plan to change and store with <see cref="SavePlan"/>.</summary>
    public static MarketingPlan LoadPlan(StateSet state) => TurnState.Of(state).PlanCopy();

    /// <summary>
    /// Stores the plan without making it the turn's view: these dialogs keep changing objects (a draft objective) that
    /// the saved plan holds, and a view must never change. The next read of <see cref="TurnState.Plan"/> reads the bytes.
    /// </summary>
    public static void SavePlan(StateSet state, MarketingPlan plan) =>
        StoredJson.Write(state, TurnState.PlanDocument, plan, AppJsonContext.Default.MarketingPlan);
}

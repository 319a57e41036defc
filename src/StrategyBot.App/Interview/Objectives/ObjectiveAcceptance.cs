using StrategyBot.App.Conversation;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// "Keep it anyway" is stored on the objective it belongs to (<see cref="Objective.KeptWithout"/>), so it is saved,
/// rewritten and removed with it.
/// </summary>
internal static class ObjectiveAcceptance
{
    /// <summary>Records on the draft, and on the plan's saved objective, that the user keeps it without <paramref name="criterion"/>.</summary>
    public static void Record(StateSet state, Objective draft, SmartCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(draft);
        draft.KeepWithout(criterion);
        var plan = StateDocuments.LoadPlan(state);
        if (plan.FindObjective(draft.Id) is { } saved)
        {
            saved.KeepWithout(criterion);
            StateDocuments.SavePlan(state, plan);
        }
    }
}

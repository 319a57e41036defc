using System.Text.Json.Nodes;
using StrategyBot.App.Conversation;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.MessageExtensions;

/// <summary>
/// The message extension's only contact with the user's stored documents: one read of the plan and, for a save, the
/// interview's own objective saving (<see cref="ObjectiveDraft.SaveInto"/>), so a goal saved here follows exactly
/// the rules and storage path of a typed "goal: …".
/// </summary>
internal static class MessageExtensionPlan
{
    /// <summary>The plan for reading only (a fresh one when the user has none).</summary>
    public static MarketingPlan Read(StateSet state) => TurnState.Of(state).Plan;

    /// <summary>False until something was saved into a plan: saving a goal then starts one.</summary>
    public static bool Exists(StateSet state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Find(TurnState.PlanDocument) is { Exists: true };
    }

    /// <summary>Adds the objective to the plan in this turn's save; returns its 1-based number.</summary>
    public static int Save(StateSet state, Objective draft, SmartAssessment assessment)
    {
        var turnState = TurnState.Of(state);
        var (plan, number) = ObjectiveDraft.SaveInto(turnState.Plan, new JsonObject(), draft, assessment);
        turnState.SavePlan(plan);
        return number;
    }
}

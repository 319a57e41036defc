using System.Text.Json.Nodes;
using StrategyBot.App.Conversation;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// "Keep it anyway" is stored on the objective it belongs to (<see cref="Objective.KeptWithout"/>), so it is saved,
/// rewritten and removed with it. Earlier versions kept it in a document of its own, { "objective-1": ["Attainable"] };
/// <see cref="MigrateLegacy"/> moves that into the plan and removes the document in the same save.
/// </summary>
internal static class ObjectiveAcceptance
{
    /// <summary>The name of the former document; read only to migrate it.</summary>
    public const string DocumentName = "objectiveAcceptance";

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

    /// <summary>
    /// Moves a former acceptance document into the plan's objectives (entries of objectives no longer in the plan
    /// are dropped) and removes the document; false when there was none.
    /// </summary>
    public static bool MigrateLegacy(StateSet state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Get(DocumentName) is not { } legacy)
        {
            return false;
        }

        var plan = StateDocuments.LoadPlan(state);
        var changed = false;
        foreach (var (objectiveId, node) in legacy)
        {
            if (plan.FindObjective(objectiveId) is not { } objective || node is not JsonArray criteria)
            {
                continue;
            }

            foreach (var value in criteria.OfType<JsonValue>())
            {
                // Only an exact criterion name: Enum.TryParse would also take "42" or "Attainable, Relevant".
                if (value.TryGetValue<string>(out var name) && Enum.IsDefined(typeof(SmartCriterion), name)
                    && Enum.Parse<SmartCriterion>(name) is var criterion
                    && objective.Smart?.Passes(criterion) != true && !objective.KeptWithout.Contains(criterion))
                {
                    objective.KeepWithout(criterion);
                    changed = true;
                }
            }
        }

        if (changed)
        {
            StateDocuments.SavePlan(state, plan);
        }

        state.Remove(DocumentName);
        return true;
    }
}

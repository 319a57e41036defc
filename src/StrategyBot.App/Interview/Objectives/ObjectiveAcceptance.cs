using System.Text.Json.Nodes;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// Which SMART criteria the user chose to keep an objective without ("keep it anyway"). The domain's Objective has
/// no field for it yet, so it is its own small document in the user's scope, written in the same atomic save as
/// the plan: { "objective-1": ["Attainable"] }.
/// </summary>
internal static class ObjectiveAcceptance
{
    public const string DocumentName = "objectiveAcceptance";

    public static IReadOnlyList<SmartCriterion> For(StateSet state, string objectiveId)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Get(DocumentName)?[objectiveId] is not JsonArray criteria)
        {
            return [];
        }

        return [.. criteria.OfType<JsonValue>()
            .Select(v => Enum.TryParse<SmartCriterion>(v.GetValue<string>(), out var c) ? c : (SmartCriterion?)null)
            .OfType<SmartCriterion>()];
    }

    public static void Record(StateSet state, string objectiveId, SmartCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(state);
        var document = state.Get(DocumentName) is { } stored ? (JsonObject)stored.DeepClone() : [];
        if (document[objectiveId] is not JsonArray criteria)
        {
            criteria = [];
            document[objectiveId] = criteria;
        }

        if (criteria.OfType<JsonValue>().Any(v => v.GetValue<string>() == criterion.ToString()))
        {
            return;
        }

        criteria.Add(criterion.ToString());
        state.Set(DocumentName, document);
    }

    public static void Forget(StateSet state, string objectiveId)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Get(DocumentName) is { } stored && stored.ContainsKey(objectiveId))
        {
            var document = (JsonObject)stored.DeepClone();
            document.Remove(objectiveId);
            state.Set(DocumentName, document);
        }
    }
}

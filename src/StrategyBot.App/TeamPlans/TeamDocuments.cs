using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StrategyBot.App.Conversation;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.TeamPlans;

/// <summary>
/// The team plan's documents in a conversation scope: "teamPlan" (the plan) and "team" (welcome and removal). Both
/// live next to the dedupe ids and the conversation reference, so a team turn is one load and one save like a
/// personal one.
/// </summary>
internal static class TeamDocuments
{
    public const string Plan = "teamPlan";
    public const string Conversation = "team";

    public static TeamPlan? ReadPlan(StateSet state) => Read(state, Plan, TeamPlanJsonContext.Default.TeamPlan);

    public static TeamConversation ReadConversation(StateSet state) =>
        Read(state, Conversation, TeamPlanJsonContext.Default.TeamConversation) ?? TeamConversation.Empty;

    public static void Write(StateSet state, TeamPlan plan) => StoredJson.Write(state, Plan, plan, TeamPlanJsonContext.Default.TeamPlan);

    public static void Write(StateSet state, TeamConversation conversation) =>
        StoredJson.Write(state, Conversation, conversation, TeamPlanJsonContext.Default.TeamConversation);

    private static T? Read<T>(StateSet state, string name, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (!state.TryGetUtf8(name, out var utf8))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(utf8.Span, typeInfo);
        }
        catch (JsonException ex)
        {
            // As for a personal plan (TurnState): keep the bytes aside in the same scope rather than fail every turn.
            UnreadableDocuments.SetAside(state, name, utf8, ex);
            return null;
        }
    }
}

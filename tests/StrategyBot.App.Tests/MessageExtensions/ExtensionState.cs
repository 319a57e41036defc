using StrategyBot.App.Conversation;
using StrategyBot.App.Tests.Pipeline;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.MessageExtensions;

/// <summary>What these tests read from and seed into the user's stored state, in one place.</summary>
internal static class ExtensionState
{
    /// <summary>The stored plan (a fresh one when there is none).</summary>
    public static async Task<MarketingPlan> PlanAsync(this PipelineHost host) => TurnState.Of(await host.LoadAsync()).Plan;

    /// <summary>The stored plan's JSON, null when there is none: to prove a turn left it as it was.</summary>
    public static async Task<string?> PlanJsonAsync(this PipelineHost host) => (await host.LoadAsync()).Get(TurnState.PlanDocument)?.ToJsonString();

    /// <summary>Whether a plan document exists.</summary>
    public static async Task<bool> HasPlanAsync(this PipelineHost host) => (await host.LoadAsync()).Find(TurnState.PlanDocument)?.Exists == true;

    /// <summary>The stored conversation reference (where check-ins go).</summary>
    public static async Task<ConversationReference?> ReferenceAsync(this PipelineHost host) => TurnState.Of(await host.LoadAsync()).Reference;

    /// <summary>Changes the stored plan as a previous turn would have.</summary>
    public static async Task SeedPlanAsync(this PipelineHost host, Func<MarketingPlan, MarketingPlan> change)
    {
        var state = await host.Inner.LoadAsync(PipelineHost.Scope, CancellationToken.None);
        TurnState.Of(state).UpdatePlan(change);
        await host.Inner.SaveAsync(state, CancellationToken.None);
    }
}

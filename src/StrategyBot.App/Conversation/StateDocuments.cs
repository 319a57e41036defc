using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Conversation;

/// <summary>
/// Typed access to the documents of a user's scope. Everything a turn touches lives in one scope, so the turn
/// is one load and one atomic save (see README, "Storage design").
/// </summary>
internal static class StateDocuments
{
    public const string Plan = "plan";
    public const string Profile = "profile";
    public const string Reference = "reference";

    // Read-only views, parsed once per stored document: a turn asks for the language and the plan's progress many
    // times. Keyed by the node itself, so a save (which replaces the node) is never answered from the old one.
    private static readonly ConditionalWeakTable<JsonObject, object> s_views = new();

    public static MarketingPlan LoadPlan(StateSet state) =>
        Read(state, Plan, AppJsonContext.Default.MarketingPlan) ?? new MarketingPlan { Id = "plan" };

    /// <summary>The plan for reading only: shared by every caller this turn, so never change it (use <see cref="LoadPlan"/>).</summary>
    public static MarketingPlan PeekPlan(StateSet state) =>
        View(state, Plan, AppJsonContext.Default.MarketingPlan) ?? new MarketingPlan { Id = "plan" };

    public static void SavePlan(StateSet state, MarketingPlan plan) => Write(state, Plan, plan, AppJsonContext.Default.MarketingPlan);

    public static UserProfile LoadProfile(StateSet state) =>
        Read(state, Profile, AppJsonContext.Default.UserProfile) ?? new UserProfile();

    /// <summary>The profile for reading only: shared by every caller this turn, so never change it (use <see cref="LoadProfile"/>).</summary>
    public static UserProfile PeekProfile(StateSet state) =>
        View(state, Profile, AppJsonContext.Default.UserProfile) ?? new UserProfile();

    public static void SaveProfile(StateSet state, UserProfile profile) =>
        Write(state, Profile, profile, AppJsonContext.Default.UserProfile);

    public static ConversationReference? LoadReference(StateSet state) =>
        Read(state, Reference, ProtocolJsonContext.Default.ConversationReference);

    public static void SaveReference(StateSet state, ConversationReference reference) =>
        Write(state, Reference, reference, ProtocolJsonContext.Default.ConversationReference);

    private static T? Read<T>(StateSet state, string name, JsonTypeInfo<T> typeInfo)
        where T : class =>
        state.Get(name) is { } json ? json.Deserialize(typeInfo) : null;

    private static T? View<T>(StateSet state, string name, JsonTypeInfo<T> typeInfo)
        where T : class =>
        state.Get(name) is { } json
            ? (T?)s_views.GetOrAdd(json, static (node, info) => node.Deserialize(info)!, typeInfo)
            : null;

    private static void Write<T>(StateSet state, string name, T value, JsonTypeInfo<T> typeInfo)
    {
        var utf8 = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        var stored = state.Get(name);

        // Saving an unchanged document would cost a write and an ETag bump for nothing.
        if (stored is not null && StoredJson.Matches(stored, utf8))
        {
            return;
        }

        var json = JsonNode.Parse(utf8)!.AsObject();
        state.Set(name, json);
    }
}

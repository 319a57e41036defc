using System.Runtime.CompilerServices;
using System.Text.Json;
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

    // Read-only views, deserialized once per version of a document: a turn asks for the language and the plan's progress
    // many times. Keyed by the document with its version, so a view is never answered from an older version after a
    // Set (every Set or SetUtf8 bumps the version), and dropped with the set.
    private static readonly ConditionalWeakTable<StateDocument, CachedView> s_views = new();

    public static MarketingPlan LoadPlan(StateSet state) =>
        Read(state, Plan, AppJsonContext.Default.MarketingPlan) ?? new MarketingPlan { Id = "plan" };

    /// <summary>The plan for reading only: shared by every caller this turn, so never change it (use <see cref="LoadPlan"/>).</summary>
    public static MarketingPlan PeekPlan(StateSet state) =>
        View(state, Plan, AppJsonContext.Default.MarketingPlan) ?? new MarketingPlan { Id = "plan" };

    public static void SavePlan(StateSet state, MarketingPlan plan) => Write(state, Plan, plan, AppJsonContext.Default.MarketingPlan);

    /// <summary>
    /// Saves the plan and hands this very object over as the turn's read-only view (what <see cref="PeekPlan"/> returns
    /// from now on), sparing the next reader a parse of the bytes just written: the serializer round-trips every member
    /// of the plan exactly. For a caller that is done changing it: from here it is shared and must not change.
    /// </summary>
    public static void SavePlanAndShare(StateSet state, MarketingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        SavePlan(state, plan);
        if (state.Find(Plan) is { Exists: true } document)
        {
            s_views.AddOrUpdate(document, new CachedView(document.Version, plan));
        }
    }

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

    /// <summary>
    /// Reads the plan and the profile, so an unreadable one has been set aside (see <see cref="UnreadableDocuments"/>) by
    /// now even if nothing else read it; costs nothing for a document this turn already viewed.
    /// </summary>
    public static void SetAsideUnreadable(StateSet state)
    {
        PeekProfile(state);
        PeekPlan(state);
    }

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
            // Failing here would fail every turn of the user, for good; dropping the bytes would lose their work. Keep
            // them aside in the same state set (saved with this turn) and let the reader start afresh. The conversation
            // reference is written again from every activity, so an unreadable one merely counts as absent until then.
            if (UnreadableDocuments.Covered.Contains(name, StringComparer.Ordinal))
            {
                UnreadableDocuments.SetAside(state, name, utf8, ex);
            }

            return null;
        }
    }

    private static T? View<T>(StateSet state, string name, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (state.Find(name) is not { Exists: true } document)
        {
            return null;
        }

        if (s_views.TryGetValue(document, out var cached) && cached.Version == document.Version)
        {
            return (T?)cached.Value;
        }

        var view = Read(state, name, typeInfo);
        s_views.AddOrUpdate(document, new CachedView(document.Version, view));
        return view;
    }

    // Serialised and compared as UTF-8 and stored with SetUtf8: never parsed into a node.
    private static void Write<T>(StateSet state, string name, T value, JsonTypeInfo<T> typeInfo) =>
        StoredJson.Write(state, name, value, typeInfo);

    private sealed record CachedView(int Version, object? Value);
}

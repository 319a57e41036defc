using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StrategyBot.App.CheckIns;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Conversation;

/// <summary>
/// One turn's typed view of its scope: what the turn reads (<see cref="Plan"/>, <see cref="Profile"/>,
/// <see cref="CheckIns"/>) as values it may keep and share, and what it changes, said out loud (<see cref="UpdatePlan"/>,
/// <see cref="UpdateProfile"/>, <see cref="UpdateCheckIns"/>, <see cref="SaveReference"/>). Everything a turn touches lives in one scope, so the turn is one load and one atomic
/// save (see README, "Storage design").
/// </summary>
/// <remarks>
/// A view is deserialized once per version of its document and then handed to every reader of the turn: a turn asks
/// for the language and the plan's progress many times, and a copy per read would cost a parse each. That is safe only
/// because the views are immutable: a change makes a new value (a <c>with</c> expression or a domain method) and
/// passes it to an update, which stores it and makes it the view. One <see cref="TurnState"/> exists per
/// <see cref="StateSet"/> (<see cref="Of"/>), so the handler, the router and every dialog of the turn share the views.
/// </remarks>
internal sealed class TurnState
{
    public const string PlanDocument = "plan";
    public const string ProfileDocument = "profile";
    public const string ReferenceDocument = "reference";

    private static readonly ConditionalWeakTable<StateSet, TurnState> s_turns = new();

    private CachedView? _plan;
    private CachedView? _profile;
    private CachedView? _checkIns;

    private TurnState(StateSet set) => Set = set;

    /// <summary>The documents underneath, for the layers that keep their own (dialog stack, dedupe).</summary>
    public StateSet Set { get; }

    /// <summary>Whose state this is.</summary>
    public StateScope Scope => Set.Scope;

    /// <summary>
    /// The plan as it stands: the one stored, or the last one this turn saved; a new empty plan when there is none. Keep
    /// it, share it, read it as often as you like; change it only through <see cref="UpdatePlan"/>.
    /// </summary>
    public MarketingPlan Plan => View(PlanDocument, ref _plan, AppJsonContext.Default.MarketingPlan) ?? EmptyPlan();

    /// <summary>The user's profile as it stands; an empty one when there is none. Change it through <see cref="UpdateProfile"/>.</summary>
    public UserProfile Profile => View(ProfileDocument, ref _profile, AppJsonContext.Default.UserProfile) ?? UserProfile.Empty;

    /// <summary>
    /// The user's check-in state as it stands; fresh when there is none, paused when an unreadable one was set aside
    /// (see <see cref="CheckInDocuments.Absent"/>). Change it through <see cref="UpdateCheckIns"/>.
    /// </summary>
    public CheckInState CheckIns =>
        View(CheckInDocuments.Name, ref _checkIns, CheckInJsonContext.Default.CheckInState) ?? CheckInDocuments.Absent(Set);

    /// <summary>Where proactive messages reach the user (written from every activity); null before the first one.</summary>
    public ConversationReference? Reference => Read(ReferenceDocument, ProtocolJsonContext.Default.ConversationReference);

    /// <summary>The typed state of <paramref name="set"/>: the same object for every caller of the turn.</summary>
    public static TurnState Of(StateSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return s_turns.GetValue(set, static s => new TurnState(s));
    }

    /// <summary>
    /// Changes the plan: <paramref name="change"/> gets the plan as it stands and returns the new one, which is stored
    /// (only when its JSON differs) and becomes <see cref="Plan"/>. Returns the new plan.
    /// </summary>
    public MarketingPlan UpdatePlan(Func<MarketingPlan, MarketingPlan> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var next = change(Plan) ?? throw new InvalidOperationException("A plan update returned no plan.");
        SavePlan(next);
        return next;
    }

    /// <summary>Stores <paramref name="plan"/> as the plan (only when its JSON differs); it becomes <see cref="Plan"/>.</summary>
    public void SavePlan(MarketingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Store(PlanDocument, plan, AppJsonContext.Default.MarketingPlan, ref _plan);
    }

    /// <summary>Changes the profile the way <see cref="UpdatePlan"/> changes the plan. Returns the new profile.</summary>
    public UserProfile UpdateProfile(Func<UserProfile, UserProfile> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var next = change(Profile) ?? throw new InvalidOperationException("A profile update returned no profile.");
        Store(ProfileDocument, next, AppJsonContext.Default.UserProfile, ref _profile);
        return next;
    }

    /// <summary>
    /// Changes the check-in state the way <see cref="UpdatePlan"/> changes the plan; a change that returns the state it
    /// was given (the same object) stores nothing, so a scope that has no check-in document does not get one for it.
    /// </summary>
    public CheckInState UpdateCheckIns(Func<CheckInState, CheckInState> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var current = CheckIns;
        var next = change(current) ?? throw new InvalidOperationException("A check-in update returned no state.");
        if (!ReferenceEquals(next, current))
        {
            Store(CheckInDocuments.Name, next, CheckInJsonContext.Default.CheckInState, ref _checkIns);
        }

        return next;
    }

    /// <summary>Stores where proactive messages reach the user.</summary>
    public void SaveReference(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        StoredJson.Write(Set, ReferenceDocument, reference, ProtocolJsonContext.Default.ConversationReference);
    }

    /// <summary>
    /// Reads the plan and the profile, so an unreadable one has been set aside (see <see cref="UnreadableDocuments"/>) by
    /// now even if nothing else read it; costs nothing for a document this turn already viewed.
    /// </summary>
    public void SetAsideUnreadable()
    {
        _ = Profile;
        _ = Plan;
    }

    private static MarketingPlan EmptyPlan() => new() { Id = "plan" };

    private T? View<T>(string name, ref CachedView? cache, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        // Keyed by the document object and its version: any Set or SetUtf8 (this turn's save, a set-aside, a reload)
        // bumps the version, so a view never outlives the bytes it was read from. An absent document caches too.
        var document = Set.Find(name) is { Exists: true } found ? found : null;
        var version = document?.Version ?? -1;
        if (cache is { } held && ReferenceEquals(held.Document, document) && held.Version == version)
        {
            return (T?)held.Value;
        }

        var view = document is null ? null : Read(name, typeInfo);

        // Reading may have set the document aside, which removes it: cache what the set holds now.
        var now = Set.Find(name) is { Exists: true } after ? after : null;
        cache = new CachedView(now, now?.Version ?? -1, view);
        return view;
    }

    private void Store<T>(string name, T value, JsonTypeInfo<T> typeInfo, ref CachedView? cache)
        where T : class
    {
        // Serialised and compared as UTF-8 and stored with SetUtf8: never parsed into a node. The value itself becomes
        // the view, sparing the next reader a parse of the bytes just written: the serializer round-trips every member.
        StoredJson.Write(Set, name, value, typeInfo);
        var document = Set.Find(name) is { Exists: true } found ? found : null;
        cache = new CachedView(document, document?.Version ?? -1, value);
    }

    private T? Read<T>(string name, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (!Set.TryGetUtf8(name, out var utf8))
        {
            return null;
        }

        try
        {
            // A document that is JSON null holds nothing a reader can trust, the check-ins' pause least of all.
            return JsonSerializer.Deserialize(utf8.Span, typeInfo) ?? throw new JsonException($"The {name} document is JSON null.");
        }
        catch (JsonException ex)
        {
            // Failing here would fail every turn of the user, for good; dropping the bytes would lose their work. Keep
            // them aside in the same state set (saved with this turn) and let the reader start afresh. The conversation
            // reference is written again from every activity, so an unreadable one merely counts as absent until then.
            if (UnreadableDocuments.Covered.Contains(name, StringComparer.Ordinal))
            {
                UnreadableDocuments.SetAside(Set, name, utf8, ex);
            }

            return null;
        }
    }

    private sealed record CachedView(StateDocument? Document, int Version, object? Value);
}

using System.Text;
using StrategyBot.App.Conversation;
using StrategyBot.App.Tests.Interview;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests;

// At the root with TurnStateTests: a StrategyBot.App.Tests.Conversation namespace would hide StrategyBot.App.Conversation.

public sealed class UnreadableDocumentsTests
{
    private const string KeptPlan = "plan" + UnreadableDocuments.Suffix;

    [Theory]
    [MemberData(nameof(UnreadableSamples.Kinds), MemberType = typeof(UnreadableSamples))]
    public void LoadPlan_UnreadableBytes_StartsAFreshPlanAndKeepsTheExactBytes(string kind)
    {
        var original = UnreadableSamples.Plan(kind);
        var state = Stored((TurnState.PlanDocument, original));

        var plan = TurnState.Of(state).Plan;

        Assert.Equal("plan", plan.Id);
        Assert.Null(plan.Situation.BusinessDescription);
        Assert.False(state.Find(TurnState.PlanDocument)!.Exists);
        Assert.True(state.Find(KeptPlan)!.IsDirty);
        Assert.True(UnreadableDocuments.TryRead(state, TurnState.PlanDocument, out var copy));
        Assert.True(copy.Kept);
        Assert.True(copy.NoticePending);
        Assert.Equal(original.Length, copy.Length);
        Assert.Equal(original, UnreadableDocuments.Original(copy));
    }

    [Theory]
    [MemberData(nameof(UnreadableSamples.Kinds), MemberType = typeof(UnreadableSamples))]
    public void PeekPlan_UnreadableBytes_AnswersAnEmptyPlanInsteadOfThrowing(string kind)
    {
        var state = Stored((TurnState.PlanDocument, UnreadableSamples.Plan(kind)));

        var first = TurnState.Of(state).Plan;
        var keptVersion = state.Find(KeptPlan)!.Version;
        var second = TurnState.Of(state).Plan;

        Assert.Empty(first.Objectives);
        Assert.Empty(second.Objectives);
        Assert.Equal(keptVersion, state.Find(KeptPlan)!.Version);
        Assert.Single(UnreadableDocuments.Pending(state));
    }

    [Fact]
    public void LoadPlan_InvalidUtf8_KeepsTheBytesInBase64AndReadableTextAsText()
    {
        var broken = Stored((TurnState.PlanDocument, UnreadableSamples.Plan(UnreadableSamples.InvalidUtf8)));
        var persian = Stored((TurnState.PlanDocument, UnreadableSamples.Plan(UnreadableSamples.WrongType)));

        _ = TurnState.Of(broken).Plan;
        _ = TurnState.Of(persian).Plan;

        Assert.True(UnreadableDocuments.TryRead(broken, TurnState.PlanDocument, out var base64));
        Assert.True(UnreadableDocuments.TryRead(persian, TurnState.PlanDocument, out var text));
        Assert.Equal(UnreadableCopy.Base64Encoding, base64.Encoding);
        Assert.Equal(UnreadableCopy.TextEncoding, text.Encoding);
        Assert.Contains("نانوایی خانوادگی", Encoding.UTF8.GetString(Utf8(persian, KeptPlan)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadPlan_SecondCorruptionAfterASave_KeepsOnlyTheLatestCopy()
    {
        var store = new InMemoryStateStore();
        var first = await store.LoadAsync(TestScopes.Default, CancellationToken.None);
        first.SetUtf8(TurnState.PlanDocument, Encoding.UTF8.GetBytes("{\"id\":\"plan\",\"objectives\":\"first\"}"));
        await store.SaveAsync(first, CancellationToken.None);
        var turn1 = await store.LoadAsync(TestScopes.Default, CancellationToken.None);
        _ = TurnState.Of(turn1).Plan;
        await store.SaveAsync(turn1, CancellationToken.None);
        var edited = await store.LoadAsync(TestScopes.Default, CancellationToken.None);
        var second = Encoding.UTF8.GetBytes("{\"id\":\"plan\",\"objectives\":\"second\"}");
        edited.SetUtf8(TurnState.PlanDocument, second);
        await store.SaveAsync(edited, CancellationToken.None);

        var turn2 = await store.LoadAsync(TestScopes.Default, CancellationToken.None);
        _ = TurnState.Of(turn2).Plan;
        await store.SaveAsync(turn2, CancellationToken.None);

        var stored = await store.LoadAsync(TestScopes.Default, CancellationToken.None);
        Assert.Equal([KeptPlan], stored.Documents.Select(d => d.Name).Where(n => n.EndsWith(UnreadableDocuments.Suffix, StringComparison.Ordinal)));
        Assert.True(UnreadableDocuments.TryRead(stored, TurnState.PlanDocument, out var copy));
        Assert.Equal(second, UnreadableDocuments.Original(copy));
        Assert.False(stored.Find(TurnState.PlanDocument)?.Exists ?? false);
    }

    [Fact]
    public void LoadProfile_UnreadableProfile_KeepsItAndStartsAFreshProfile()
    {
        var state = Stored((TurnState.ProfileDocument, UnreadableSamples.Profile));

        var profile = TurnState.Of(state).Profile;

        Assert.Null(profile.TimeZoneId);
        Assert.True(UnreadableDocuments.TryRead(state, TurnState.ProfileDocument, out var copy));
        Assert.Equal(UnreadableSamples.Profile, UnreadableDocuments.Original(copy));
    }

    [Fact]
    public void LoadPlan_ReadablePlan_SetsNothingAside()
    {
        var state = new StateSet(TestScopes.Default, []);
        TurnState.Of(state).SavePlan(SamplePlan.ThroughTactics());

        TurnState.Of(state).SetAsideUnreadable();

        Assert.Null(state.Find(KeptPlan));
        Assert.Empty(UnreadableDocuments.Pending(state));
    }

    [Fact]
    public void SetAside_CopyWouldNotFitTheRow_KeepsOnlyADescriptionAndStillRecovers()
    {
        // A plan of 900 KB: with the fresh plan's reserve the copy cannot share the row with it.
        var huge = Encoding.UTF8.GetBytes("[\"" + new string('a', 900 * 1024) + "\"]");
        var state = Stored((TurnState.PlanDocument, huge));

        var plan = TurnState.Of(state).Plan;

        Assert.Empty(plan.Objectives);
        Assert.True(UnreadableDocuments.TryRead(state, TurnState.PlanDocument, out var copy));
        Assert.False(copy.Kept);
        Assert.Null(copy.Content);
        Assert.Equal(huge.Length, copy.Length);
        Assert.Empty(UnreadableDocuments.Original(copy));
        Assert.True(Utf8(state, KeptPlan).Length < 1024);
    }

    [Fact]
    public void MarkTold_PendingCopy_IsNoLongerPendingAndKeepsTheBytes()
    {
        var original = UnreadableSamples.Plan(UnreadableSamples.NotJson);
        var state = Stored((TurnState.PlanDocument, original));
        _ = TurnState.Of(state).Plan;

        UnreadableDocuments.MarkTold(state, Assert.Single(UnreadableDocuments.Pending(state)));

        Assert.Empty(UnreadableDocuments.Pending(state));
        Assert.True(UnreadableDocuments.TryRead(state, TurnState.PlanDocument, out var copy));
        Assert.Equal(original, UnreadableDocuments.Original(copy));
    }

    private static StateSet Stored(params (string Name, byte[] Utf8)[] documents) =>
        new(TestScopes.Default, documents.Select(d => StateDocument.FromUtf8(d.Name, d.Utf8, "W/\"1\"")));

    private static byte[] Utf8(StateSet state, string name) =>
        state.TryGetUtf8(name, out var utf8) ? utf8.ToArray() : [];
}

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.App.Conversation;
using StrategyBot.App.Tests.Interview;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests;

// Not under Conversation/: a StrategyBot.App.Tests.Conversation namespace would hide StrategyBot.App.Conversation from
// the tests that write "Conversation.StateDocuments".

public sealed class StateDocumentsTests
{
    [Fact]
    public async Task SavePlan_UnchangedPlanAfterStorageRoundTrip_LeavesTheDocumentClean()
    {
        var store = new InMemoryStateStore();
        var first = await store.LoadAsync(TestScopes.Default, CancellationToken.None);
        var plan = SamplePlan.ThroughTactics();
        plan.Situation.BusinessDescription = "نانوایی خانوادگی \"سارا\" 🎂";
        StateDocuments.SavePlan(first, plan);
        await store.SaveAsync(first, CancellationToken.None);
        var state = await store.LoadAsync(TestScopes.Default, CancellationToken.None);

        StateDocuments.SavePlan(state, StateDocuments.LoadPlan(state));

        Assert.False(state.HasChanges);
    }

    [Fact]
    public async Task SavePlan_ChangedPlan_MarksTheDocumentForSaving()
    {
        var store = new InMemoryStateStore();
        var first = await store.LoadAsync(TestScopes.Default, CancellationToken.None);
        StateDocuments.SavePlan(first, SamplePlan.ThroughTactics());
        await store.SaveAsync(first, CancellationToken.None);
        var state = await store.LoadAsync(TestScopes.Default, CancellationToken.None);
        var plan = StateDocuments.LoadPlan(state);
        plan.Situation.CustomerNeeds = "Cakes delivered";

        StateDocuments.SavePlan(state, plan);

        Assert.True(state.HasChanges);
        Assert.Equal("Cakes delivered", StateDocuments.LoadPlan(state).Situation.CustomerNeeds);
    }

    [Fact]
    public void SaveProfile_StoredWithOtherPropertyOrder_IsWrittenOnceThenLeftClean()
    {
        var written = new StateSet(TestScopes.Default, []);
        StateDocuments.SaveProfile(written, new UserProfile { LastLocale = "fa-IR", TimeZoneId = "Asia/Tehran", TimeZoneConfirmed = true });
        var reversed = new JsonObject();
        foreach (var (name, value) in written.Get(StateDocuments.Profile)!.Reverse())
        {
            reversed[name] = value?.DeepClone();
        }

        var state = new StateSet(TestScopes.Default, [StateDocument.FromUtf8(StateDocuments.Profile, Encoding.UTF8.GetBytes(reversed.ToJsonString()), "W/\"1\"")]);

        StateDocuments.SaveProfile(state, StateDocuments.LoadProfile(state));
        var firstWrites = state.HasChanges;
        state.Find(StateDocuments.Profile)!.IsDirty = false;
        StateDocuments.SaveProfile(state, StateDocuments.LoadProfile(state));

        Assert.True(firstWrites);
        Assert.False(state.HasChanges);
        Assert.Equal("Asia/Tehran", StateDocuments.LoadProfile(state).TimeZoneId);
    }

    [Fact]
    public void SavePlan_PersianPlan_StoresUnescapedUtf8WithoutBuildingANode()
    {
        var state = new StateSet(TestScopes.Default, []);
        var plan = SamplePlan.ThroughTactics();
        plan.Situation.BusinessDescription = "نانوایی \"سارا\"";

        StateDocuments.SavePlan(state, plan);

        Assert.False(state.Find(StateDocuments.Plan)!.IsParsed);
        Assert.True(state.TryGetUtf8(StateDocuments.Plan, out var utf8));
        Assert.Contains("نانوایی \\\"سارا\\\"", Encoding.UTF8.GetString(utf8.Span), StringComparison.Ordinal);
        Assert.Equal("نانوایی \"سارا\"", StateDocuments.PeekPlan(state).Situation.BusinessDescription);
        Assert.False(state.Find(StateDocuments.Plan)!.IsParsed);
    }

    [Fact]
    public void SaveProfile_DocumentAParsedNodeWithTheSameContent_LeavesItClean()
    {
        var written = new StateSet(TestScopes.Default, []);
        StateDocuments.SaveProfile(written, new UserProfile { LastLocale = "fa-IR", TimeZoneId = "Asia/Tehran" });
        written.TryGetUtf8(StateDocuments.Profile, out var utf8);
        var stored = (JsonObject)JsonNode.Parse(utf8.Span)!;
        var state = new StateSet(TestScopes.Default, [new StateDocument(StateDocuments.Profile, stored, "W/\"1\"")]);

        StateDocuments.SaveProfile(state, StateDocuments.LoadProfile(state));

        Assert.False(state.HasChanges);
        Assert.Same(stored, state.Get(StateDocuments.Profile));
    }

    [Fact]
    public void SaveProfile_NoDocumentYet_AddsIt()
    {
        var state = new StateSet(TestScopes.Default, []);

        StateDocuments.SaveProfile(state, new UserProfile { LastLocale = "fa-IR" });

        Assert.True(state.HasChanges);
        Assert.Equal("fa-IR", StateDocuments.LoadProfile(state).LastLocale);
    }

    [Fact]
    public void PeekProfile_TwiceWithoutASave_ParsesTheDocumentOnce()
    {
        var state = new StateSet(TestScopes.Default, []);
        StateDocuments.SaveProfile(state, new UserProfile { LastLocale = "fa-IR" });

        var first = StateDocuments.PeekProfile(state);
        var second = StateDocuments.PeekProfile(state);

        Assert.Same(first, second);
        Assert.Equal("fa-IR", first.LastLocale);
        Assert.NotSame(first, StateDocuments.LoadProfile(state));
    }

    [Fact]
    public void PeekPlan_AfterSavePlan_SeesTheSavedPlan()
    {
        var state = new StateSet(TestScopes.Default, []);
        StateDocuments.SavePlan(state, SamplePlan.ThroughTactics());
        var before = StateDocuments.PeekPlan(state);
        var plan = StateDocuments.LoadPlan(state);
        plan.Situation.CustomerNeeds = "Cakes delivered";

        StateDocuments.SavePlan(state, plan);

        Assert.Equal("Party cakes without the hassle", before.Situation.CustomerNeeds);
        Assert.NotSame(before, StateDocuments.PeekPlan(state));
        Assert.Equal("Cakes delivered", StateDocuments.PeekPlan(state).Situation.CustomerNeeds);
    }

    [Fact]
    public void SavePlanAndShare_ThenPeekPlan_IsThatPlanAndEqualsWhatTheBytesReadBackAs()
    {
        var state = new StateSet(TestScopes.Default, []);
        var plan = SamplePlan.ThroughTactics();
        plan.Situation.BusinessDescription = "نانوایی خانوادگی \"سارا\" 🎂";

        StateDocuments.SavePlanAndShare(state, plan);

        Assert.Same(plan, StateDocuments.PeekPlan(state));
        var readBack = StateDocuments.LoadPlan(state);
        Assert.Equal(
            JsonSerializer.Serialize(readBack, AppJsonContext.Default.MarketingPlan),
            JsonSerializer.Serialize(plan, AppJsonContext.Default.MarketingPlan));
    }

    [Fact]
    public void SavePlanAndShare_ThenAnotherSave_PeekPlanSeesTheNewBytesNotTheSharedPlan()
    {
        var state = new StateSet(TestScopes.Default, []);
        var shared = SamplePlan.ThroughTactics();
        StateDocuments.SavePlanAndShare(state, shared);
        var plan = StateDocuments.LoadPlan(state);
        plan.Situation.CustomerNeeds = "Cakes delivered";

        StateDocuments.SavePlan(state, plan);

        Assert.NotSame(shared, StateDocuments.PeekPlan(state));
        Assert.Equal("Cakes delivered", StateDocuments.PeekPlan(state).Situation.CustomerNeeds);
    }

    [Fact]
    public void PeekPlan_NoPlanYet_GivesAnEmptyPlan()
    {
        var state = new StateSet(TestScopes.Default, []);

        var plan = StateDocuments.PeekPlan(state);

        Assert.Equal("plan", plan.Id);
        Assert.Null(plan.Situation.BusinessDescription);
    }
}

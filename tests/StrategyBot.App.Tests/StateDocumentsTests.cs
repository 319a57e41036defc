using System.Text.Json.Nodes;
using StrategyBot.App.Conversation;
using StrategyBot.App.Tests.Interview;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Tests;

// Not under Conversation/: a StrategyBot.App.Tests.Conversation namespace would hide StrategyBot.App.Conversation from
// the tests that write "Conversation.StateDocuments".

public sealed class StateDocumentsTests
{
    [Fact]
    public async Task SavePlan_UnchangedPlanAfterStorageRoundTrip_LeavesTheDocumentClean()
    {
        var store = new InMemoryStateStore();
        var first = await store.LoadAsync("scope", CancellationToken.None);
        var plan = SamplePlan.ThroughTactics();
        plan.Situation.BusinessDescription = "نانوایی خانوادگی \"سارا\" 🎂";
        StateDocuments.SavePlan(first, plan);
        await store.SaveAsync(first, CancellationToken.None);
        var state = await store.LoadAsync("scope", CancellationToken.None);

        StateDocuments.SavePlan(state, StateDocuments.LoadPlan(state));

        Assert.False(state.HasChanges);
    }

    [Fact]
    public async Task SavePlan_ChangedPlan_MarksTheDocumentForSaving()
    {
        var store = new InMemoryStateStore();
        var first = await store.LoadAsync("scope", CancellationToken.None);
        StateDocuments.SavePlan(first, SamplePlan.ThroughTactics());
        await store.SaveAsync(first, CancellationToken.None);
        var state = await store.LoadAsync("scope", CancellationToken.None);
        var plan = StateDocuments.LoadPlan(state);
        plan.Situation.CustomerNeeds = "Cakes delivered";

        StateDocuments.SavePlan(state, plan);

        Assert.True(state.HasChanges);
        Assert.Equal("Cakes delivered", StateDocuments.LoadPlan(state).Situation.CustomerNeeds);
    }

    [Fact]
    public void SaveProfile_StoredWithOtherPropertyOrderButSameContent_LeavesTheDocumentClean()
    {
        var written = new StateSet("scope", []);
        StateDocuments.SaveProfile(written, new UserProfile { LastLocale = "fa-IR", TimeZoneId = "Asia/Tehran", TimeZoneConfirmed = true });
        var reversed = new JsonObject();
        foreach (var (name, value) in written.Get(StateDocuments.Profile)!.Reverse())
        {
            reversed[name] = value?.DeepClone();
        }

        var stored = (JsonObject)JsonNode.Parse(reversed.ToJsonString())!;
        var state = new StateSet("scope", [new StateDocument(StateDocuments.Profile, stored, "W/\"1\"")]);

        StateDocuments.SaveProfile(state, StateDocuments.LoadProfile(state));

        Assert.False(state.HasChanges);
        Assert.Same(stored, state.Get(StateDocuments.Profile));
    }

    [Fact]
    public void SaveProfile_NoDocumentYet_AddsIt()
    {
        var state = new StateSet("scope", []);

        StateDocuments.SaveProfile(state, new UserProfile { LastLocale = "fa-IR" });

        Assert.True(state.HasChanges);
        Assert.Equal("fa-IR", StateDocuments.LoadProfile(state).LastLocale);
    }

    [Fact]
    public void PeekProfile_TwiceWithoutASave_ParsesTheDocumentOnce()
    {
        var state = new StateSet("scope", []);
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
        var state = new StateSet("scope", []);
        StateDocuments.SavePlan(state, SamplePlan.ThroughTactics());
        var before = StateDocuments.PeekPlan(state);
        var plan = StateDocuments.LoadPlan(state);
        plan.Situation.CustomerNeeds = "Cakes delivered";

        StateDocuments.SavePlan(state, plan);

        Assert.Equal("Party cakes without the hassle", before.Situation.CustomerNeeds);
        Assert.Equal("Cakes delivered", StateDocuments.PeekPlan(state).Situation.CustomerNeeds);
    }

    [Fact]
    public void PeekPlan_NoPlanYet_GivesAnEmptyPlan()
    {
        var state = new StateSet("scope", []);

        var plan = StateDocuments.PeekPlan(state);

        Assert.Equal("plan", plan.Id);
        Assert.Null(plan.Situation.BusinessDescription);
    }
}

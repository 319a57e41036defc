using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.App.Conversation;
using StrategyBot.App.Tests.Interview;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Planning;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests;

// Not under Conversation/: a StrategyBot.App.Tests.Conversation namespace would hide StrategyBot.App.Conversation from
// the tests that write "Conversation.TurnState".

public sealed class TurnStateTests
{
    [Fact]
    public void Of_SameSetTwice_IsOneObjectSoEveryReaderSharesTheViews()
    {
        var state = new StateSet(TestScopes.Default, []);

        Assert.Same(TurnState.Of(state), TurnState.Of(state));
        Assert.NotSame(TurnState.Of(state), TurnState.Of(new StateSet(TestScopes.Default, [])));
        Assert.Equal(TestScopes.Default, TurnState.Of(state).Scope);
    }

    [Fact]
    public async Task SavePlan_UnchangedPlanAfterStorageRoundTrip_LeavesTheDocumentClean()
    {
        var store = new InMemoryStateStore();
        var first = await store.LoadAsync(TestScopes.Default, CancellationToken.None);
        var plan = SamplePlan.ThroughTactics();
        plan = plan with { Situation = plan.Situation with { BusinessDescription = "نانوایی خانوادگی \"سارا\" 🎂" } };
        TurnState.Of(first).SavePlan(plan);
        await store.SaveAsync(first, CancellationToken.None);
        var state = await store.LoadAsync(TestScopes.Default, CancellationToken.None);

        TurnState.Of(state).UpdatePlan(p => p);

        Assert.False(state.HasChanges);
    }

    [Fact]
    public async Task UpdatePlan_ChangedPlan_MarksTheDocumentForSavingAndIsTheNewView()
    {
        var store = new InMemoryStateStore();
        var first = await store.LoadAsync(TestScopes.Default, CancellationToken.None);
        TurnState.Of(first).SavePlan(SamplePlan.ThroughTactics());
        await store.SaveAsync(first, CancellationToken.None);
        var state = await store.LoadAsync(TestScopes.Default, CancellationToken.None);
        var before = TurnState.Of(state).Plan;

        var updated = TurnState.Of(state).UpdatePlan(plan => plan with { Situation = plan.Situation with { CustomerNeeds = "Cakes delivered" } });

        Assert.True(state.HasChanges);
        Assert.Same(updated, TurnState.Of(state).Plan);
        Assert.Equal("Cakes delivered", TurnState.Of(state).Plan.Situation.CustomerNeeds);
        Assert.Equal("Party cakes without the hassle", before.Situation.CustomerNeeds);
    }

    [Fact]
    public void UpdatePlan_ChangeFails_LeavesTheViewAndTheDocumentAsTheyWere()
    {
        var state = new StateSet(TestScopes.Default, []);
        TurnState.Of(state).SavePlan(SamplePlan.ThroughTactics());
        state.Find(TurnState.PlanDocument)!.IsDirty = false;
        var view = TurnState.Of(state).Plan;

        Assert.Throws<InvalidOperationException>(() => TurnState.Of(state).UpdatePlan(plan =>
        {
            _ = plan with { Situation = plan.Situation with { CustomerNeeds = "half-made change" } };
            throw new InvalidOperationException("the answer was refused");
        }));

        Assert.False(state.HasChanges);
        Assert.Same(view, TurnState.Of(state).Plan);
        Assert.Equal("Party cakes without the hassle", view.Situation.CustomerNeeds);
    }

    [Fact]
    public void UpdateProfile_StoredWithOtherPropertyOrder_IsWrittenOnceThenLeftClean()
    {
        var written = new StateSet(TestScopes.Default, []);
        TurnState.Of(written).UpdateProfile(_ => new UserProfile { LastLocale = "fa-IR", TimeZoneId = "Asia/Tehran", TimeZoneConfirmed = true });
        var reversed = new JsonObject();
        foreach (var (name, value) in written.Get(TurnState.ProfileDocument)!.Reverse())
        {
            reversed[name] = value?.DeepClone();
        }

        var state = new StateSet(TestScopes.Default, [StateDocument.FromUtf8(TurnState.ProfileDocument, Encoding.UTF8.GetBytes(reversed.ToJsonString()), "W/\"1\"")]);

        TurnState.Of(state).UpdateProfile(p => p);
        var firstWrites = state.HasChanges;
        state.Find(TurnState.ProfileDocument)!.IsDirty = false;
        TurnState.Of(state).UpdateProfile(p => p);

        Assert.True(firstWrites);
        Assert.False(state.HasChanges);
        Assert.Equal("Asia/Tehran", TurnState.Of(state).Profile.TimeZoneId);
    }

    [Fact]
    public void SavePlan_PersianPlan_StoresUnescapedUtf8WithoutBuildingANode()
    {
        var state = new StateSet(TestScopes.Default, []);
        var plan = SamplePlan.ThroughTactics();
        plan = plan with { Situation = plan.Situation with { BusinessDescription = "نانوایی \"سارا\"" } };

        TurnState.Of(state).SavePlan(plan);

        Assert.False(state.Find(TurnState.PlanDocument)!.IsParsed);
        Assert.True(state.TryGetUtf8(TurnState.PlanDocument, out var utf8));
        Assert.Contains("نانوایی \\\"سارا\\\"", Encoding.UTF8.GetString(utf8.Span), StringComparison.Ordinal);
        Assert.Equal("نانوایی \"سارا\"", TurnState.Of(state).Plan.Situation.BusinessDescription);
        Assert.False(state.Find(TurnState.PlanDocument)!.IsParsed);
    }

    [Fact]
    public void UpdateProfile_DocumentAParsedNodeWithTheSameContent_LeavesItClean()
    {
        var written = new StateSet(TestScopes.Default, []);
        TurnState.Of(written).UpdateProfile(_ => new UserProfile { LastLocale = "fa-IR", TimeZoneId = "Asia/Tehran" });
        written.TryGetUtf8(TurnState.ProfileDocument, out var utf8);
        var stored = (JsonObject)JsonNode.Parse(utf8.Span)!;
        var state = new StateSet(TestScopes.Default, [new StateDocument(TurnState.ProfileDocument, stored, "W/\"1\"")]);

        TurnState.Of(state).UpdateProfile(p => p);

        Assert.False(state.HasChanges);
        Assert.Same(stored, state.Get(TurnState.ProfileDocument));
    }

    [Fact]
    public void UpdateProfile_NoDocumentYet_AddsIt()
    {
        var state = new StateSet(TestScopes.Default, []);

        var profile = TurnState.Of(state).UpdateProfile(p => p with { LastLocale = "fa-IR" });

        Assert.True(state.HasChanges);
        Assert.Equal("fa-IR", profile.LastLocale);
        Assert.Equal("fa-IR", TurnState.Of(state).Profile.LastLocale);
        Assert.Null(UserProfile.Empty.LastLocale);
    }

    [Fact]
    public void Profile_TwiceWithoutASave_ParsesTheDocumentOnceAndSharesTheValue()
    {
        var stored = Encoding.UTF8.GetBytes("{\"lastLocale\":\"fa-IR\"}");
        var state = new StateSet(TestScopes.Default, [StateDocument.FromUtf8(TurnState.ProfileDocument, stored, "W/\"1\"")]);

        var first = TurnState.Of(state).Profile;
        var second = TurnState.Of(state).Profile;

        Assert.Same(first, second);
        Assert.Equal("fa-IR", first.LastLocale);
        Assert.False(state.Find(TurnState.ProfileDocument)!.IsParsed);
    }

    [Fact]
    public void Plan_AfterTheDocumentIsReplacedUnderneath_ReadsTheNewBytes()
    {
        var state = new StateSet(TestScopes.Default, []);
        TurnState.Of(state).SavePlan(SamplePlan.ThroughTactics());
        var before = TurnState.Of(state).Plan;

        state.SetUtf8(TurnState.PlanDocument, Encoding.UTF8.GetBytes("{\"id\":\"plan\",\"situation\":{\"customerNeeds\":\"Cakes delivered\"}}"));

        Assert.NotSame(before, TurnState.Of(state).Plan);
        Assert.Equal("Cakes delivered", TurnState.Of(state).Plan.Situation.CustomerNeeds);
    }

    [Fact]
    public void SavePlan_ThenPlan_IsThatPlanAndEqualsWhatTheBytesReadBackAs()
    {
        var state = new StateSet(TestScopes.Default, []);
        var plan = SamplePlan.ThroughTactics();
        plan = plan with { Situation = plan.Situation with { BusinessDescription = "نانوایی خانوادگی \"سارا\" 🎂" } };

        TurnState.Of(state).SavePlan(plan);

        Assert.Same(plan, TurnState.Of(state).Plan);
        var readBack = ReadBack(state);
        Assert.NotSame(plan, readBack);
        Assert.Equal(
            JsonSerializer.Serialize(readBack, AppJsonContext.Default.MarketingPlan),
            JsonSerializer.Serialize(plan, AppJsonContext.Default.MarketingPlan));
    }

    [Fact]
    public void Plan_NoPlanYet_GivesAnEmptyPlan()
    {
        var state = new StateSet(TestScopes.Default, []);

        var plan = TurnState.Of(state).Plan;

        Assert.Equal("plan", plan.Id);
        Assert.Null(plan.Situation.BusinessDescription);
        Assert.False(state.HasChanges);
    }

    [Fact]
    public void SaveReference_ThenReference_ReadsItBack()
    {
        var state = new StateSet(TestScopes.Default, []);
        var reference = BotFramework.Protocol.ConversationReference.FromActivity(Activities.Message("hi"));

        TurnState.Of(state).SaveReference(reference);

        Assert.Equal(reference.Conversation?.Id, TurnState.Of(state).Reference?.Conversation?.Id);
        Assert.Equal(reference.ServiceUrl, TurnState.Of(state).Reference?.ServiceUrl);
    }

    [Fact]
    public void SavePlan_PlanWithEveryImmutablePart_ReadsBackToTheSameJson()
    {
        var plan = Cards.SamplePlans.CompletePersian();
        plan = plan with
        {
            Calendar = new ContentCalendar
            {
                WeeklyRhythm = [new PlatformRhythm { Platform = Platform.Instagram, Slots = [new CalendarSlot { Day = DayOfWeek.Tuesday, Format = "reel", Pillar = "دستور پخت" }] }],
                Posts = [new DatedPost { Date = new DateOnly(2027, 12, 21), Platform = Platform.Instagram, Theme = "یلدا", Format = "carousel" }],
            },
        };
        plan = plan with
        {
            Control = plan.Control with
            {
                Experiments =
                [
                    .. plan.Control.Experiments,
                    new Experiment
                    {
                        Id = "e1", Hypothesis = "Reels beat photos", VariantA = "reel", VariantB = "photo", MetricKpiId = "reach",
                        Platform = Platform.Instagram, Start = new DateOnly(2027, 1, 4), End = new DateOnly(2027, 1, 18), Verdict = ExperimentVerdict.Pending, Change = "more reels",
                    },
                ],
            },
            Tactics = plan.Tactics with { ChannelCtas = [.. plan.Tactics.ChannelCtas, new ChannelCta { Platform = Platform.Instagram, CallToAction = "Order", Link = "https://example.com" }] },
        };
        var state = new StateSet(TestScopes.Default, []);

        TurnState.Of(state).SavePlan(plan);
        var readBack = ReadBack(state);

        var written = JsonSerializer.Serialize(plan, AppJsonContext.Default.MarketingPlan);
        Assert.Equal(written, JsonSerializer.Serialize(readBack, AppJsonContext.Default.MarketingPlan));
        Assert.Equal(plan.Situation.Personas[0], readBack.Situation.Personas[0] with { Platforms = plan.Situation.Personas[0].Platforms });
        Assert.Equal("یلدا", readBack.Calendar.Posts[0].Theme);
        Assert.Equal(DayOfWeek.Tuesday, readBack.Calendar.WeeklyRhythm[0].Slots[0].Day);
        Assert.Equal("more reels", readBack.Control.Experiments[0].Change);
    }

    // The plan as its stored bytes read back: a second object, never the view.
    private static MarketingPlan ReadBack(StateSet state)
    {
        Assert.True(state.TryGetUtf8(TurnState.PlanDocument, out var utf8));
        return JsonSerializer.Deserialize(utf8.Span, AppJsonContext.Default.MarketingPlan)!;
    }
}

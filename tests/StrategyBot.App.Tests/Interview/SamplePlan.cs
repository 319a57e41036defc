using StrategyBot.App.Conversation;
using StrategyBot.Domain.Planning;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Interview;

/// <summary>Plans already filled up to a step, stored before a conversation starts, for tests of the later steps.</summary>
internal static class SamplePlan
{
    /// <summary>Situation, Objectives, Strategy and Tactics complete: the interview resumes at Action.</summary>
    public static MarketingPlan ThroughTactics() => new()
    {
        Id = "plan",
        Situation = new Situation
        {
            BusinessDescription = "A family bakery",
            ProductsAndServices = "Cakes",
            CustomerNeeds = "Party cakes without the hassle",
            Personas = [new Persona { Name = "Busy Sara", AgeBand = "25-34", Platforms = [Platform.Instagram] }],
            Presence = [new PlatformPresence { Platform = Platform.Instagram, Followers = 1200 }],
        },
        Objectives = [new Objective { Id = "o1", Text = "Grow reach", Metric = ObjectiveMetric.Reach, Target = 20, Deadline = new DateOnly(2027, 9, 1) }],
        Strategy = new Strategy { Platforms = [Platform.Instagram], ContentPercent = 100, PaidPercent = 0, Differentiator = "Baked this morning" },
        Tactics = new Tactics
        {
            PlatformTactics = [new PlatformTactic { Platform = Platform.Instagram, ContentPillars = ["Recipes"], PostsPerWeek = 3 }],
            CommunityEngagement = new CommunityEngagement { Responder = "Sara", ResponseTimeHours = 2 },
        },
    };

    /// <summary>All six steps complete: one objective ("o1") measured by reach, one action, a Monday 09:00 check-in, an A/B idea.</summary>
    public static MarketingPlan Finished()
    {
        return ThroughTactics() with
        {
            Actions = [new ActionItem { What = "Publish 3 reels", Owner = "Sara", Due = new DateOnly(2027, 1, 15) }],
            Control = new StrategyBot.Domain.Planning.Control
            {
                KpiTargets = [new KpiTarget { ObjectiveId = "o1", KpiId = "reach", Target = 20, Deadline = new DateOnly(2027, 9, 1) }],
                CheckInDay = DayOfWeek.Monday,
                CheckInTime = new TimeOnly(9, 0),
                TimeZoneId = "Asia/Tehran",
                AbTestIdea = "Reels against carousels",
            },
        };
    }

    /// <summary>Stores <paramref name="plan"/> in the harness's scope, as an earlier conversation would have.</summary>
    public static async Task SeedAsync(this ConversationHarness harness, MarketingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(harness);
        var state = await harness.StateAsync();
        TurnState.Of(state).SavePlan(plan);
        await harness.Store.SaveAsync(state, CancellationToken.None);
    }
}

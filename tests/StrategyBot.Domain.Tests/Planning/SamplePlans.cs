using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Tests.Planning;

internal static class SamplePlans
{
    public static MarketingPlan Complete() => new()
    {
        Id = "plan-1",
        OwnerId = "user-1",
        Language = "fa",
        StartDate = new DateOnly(2026, 12, 1),
        Situation = new Situation
        {
            BusinessDescription = "Neighbourhood bakery",
            ProductsAndServices = "Bread, cakes, catering",
            CustomerNeeds = "Fresh bread close to home",
            Personas =
            [
                new Persona { Name = "Sara", AgeBand = "25-34", Platforms = [Platform.Instagram, Platform.TikTok], Pains = "No time", ContentWanted = "Recipes" },
            ],
            Competitors = [new Competitor { Name = "Nan-e Sahar", Platforms = [Platform.Instagram], Profiles = ["@nanesahar"], WhatWorks = "Reels" }],
            Swot = new Swot { Strengths = ["Quality"], Threats = ["Flour prices"] },
            Pestel = new Pestel { Economic = "Inflation" },
            Presence = [new PlatformPresence { Platform = Platform.Instagram, Followers = 5000, WeeklyReach = 12000 }],
        },
        Objectives =
        [
            new Objective
            {
                Id = "o1", Text = "Grow Instagram reach 20% by March", Family = GoalFamily.BrandAwareness, Platform = Platform.Instagram,
                Metric = ObjectiveMetric.Reach, Baseline = 12000m, Target = 20m, Unit = TargetUnit.Percent, Change = TargetChange.Increase,
                Deadline = new DateOnly(2027, 3, 31), Resources = "3 reels a week", PersonaNames = ["Sara"],
            },
        ],
        Strategy = new Strategy { Platforms = [Platform.Instagram], ContentPercent = 70m, PaidPercent = 30m, Differentiator = "Baked at 5am" },
        Tactics = new Tactics
        {
            PlatformTactics = [new PlatformTactic { Platform = Platform.Instagram, ContentPillars = ["Behind the scenes"], Formats = ["Reels"], PostsPerWeek = 3m }],
            BrandedHashtags = ["#SaharBakes"],
            CommunityHashtags = ["#TehranFood"],
            CallsToAction = ["Order via DM"],
            InfluencerCollaboration = "Two food bloggers a month",
            CommunityEngagement = new CommunityEngagement { Responder = "Mina", ResponseTimeHours = 2m },
            HelperTools = ["Later", "Meta Business Suite"],
            Budget = new BudgetSplit
            {
                CurrencyCode = "EUR",
                Lines =
                [
                    new BudgetLine { Platform = Platform.Instagram, Strategy = BudgetStrategy.Paid, Percent = 70m, Amount = 350m },
                    new BudgetLine { Platform = Platform.Instagram, Strategy = BudgetStrategy.Organic, Percent = 30m, Amount = 150m },
                ],
            },
        },
        Actions = [new ActionItem { What = "Shoot 12 reels", Owner = "Mina", Due = new DateOnly(2026, 12, 15) }],
        Control = new Control
        {
            KpiTargets = [new KpiTarget { ObjectiveId = "o1", KpiId = "reach", Baseline = 12000m, Target = 14400m, Deadline = new DateOnly(2027, 3, 31) }],
            CheckInDay = DayOfWeek.Monday,
            CheckInTime = new TimeOnly(9, 0),
            TimeZoneId = "Asia/Tehran",
            AbTestIdea = "Reel cover with or without faces",
        },
    };
}

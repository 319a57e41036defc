using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Tests.Cards;

/// <summary>Plans for the summary card tests: a finished one in each language, an empty one and an extreme one.</summary>
internal static class SamplePlans
{
    public static MarketingPlan CompleteEnglish() => Complete(
        "en",
        business: "Handmade leather bags sold online and in one Tehran shop",
        personas: [("Sara, young professional", "25-34"), ("Reza, gift buyer", "35-44")],
        competitors: ["Chamran Leather", "BagHouse"],
        objectiveTexts: ["Grow Instagram reach 20% by March 2027", "Get 300 online sales from Instagram by June 2027"],
        differentiator: "Every bag is stitched by hand and carries the maker's name",
        pillars: ["Behind the scenes", "Styling tips", "Customer stories"],
        formats: ["reels", "carousels"],
        actions: [("Shoot 8 reels in the workshop", "Mina"), ("Brief two micro-influencers", "Ali")],
        responder: "Mina",
        abTest: "Reels with and without the maker's face");

    public static MarketingPlan CompletePersian() => Complete(
        "fa",
        business: "کیف‌های چرمی دست‌دوز که آنلاین و در یک فروشگاه در تهران می‌فروشیم",
        personas: [("سارا، کارمند جوان", "۲۵ تا ۳۴"), ("رضا، خریدار هدیه", "۳۵ تا ۴۴")],
        competitors: ["چرم چمران", "کیف‌خانه"],
        objectiveTexts: ["افزایش ۲۰٪ دسترسی اینستاگرام تا پایان اسفند ۱۴۰۵", "۳۰۰ فروش آنلاین از اینستاگرام تا خرداد ۱۴۰۶"],
        differentiator: "هر کیف با دست دوخته می‌شود و نام سازنده‌اش را دارد",
        pillars: ["پشت صحنه", "نکته‌های ست کردن", "داستان مشتری‌ها"],
        formats: ["ریلز", "کاروسل"],
        actions: [("فیلم‌برداری ۸ ریلز در کارگاه", "مینا"), ("هماهنگی با دو میکرواینفلوئنسر", "علی")],
        responder: "مینا",
        abTest: "ریلز با چهرهٔ سازنده و بدون آن");

    public static MarketingPlan Empty() => new() { Id = "empty", Language = "en" };

    /// <summary>Every list at its largest and every answer 10,000 characters of hostile text.</summary>
    public static MarketingPlan Extreme(string language)
    {
        var huge = string.Concat(Enumerable.Repeat(language == "fa" ? "[کلیک](https://evil.example) سلام‌ " : "[click](javascript:alert(1)) 🚀 ", 400));
        var plan = Complete(language, huge, [(huge, huge), (huge, huge), (huge, huge)], [huge, huge, huge, huge, huge, huge],
            [huge, huge, huge, huge, huge], huge, [huge, huge, huge, huge, huge, huge], [huge, huge, huge],
            Enumerable.Repeat((huge, huge), 40).ToArray(), huge, huge);
        return plan with
        {
            Tactics = plan.Tactics with
            {
                PlatformTactics = Platforms.All.Select(p => new PlatformTactic { Platform = p, ContentPillars = [huge, huge, huge], Formats = [huge, huge], PostsPerWeek = 7 }).ToList(),
                BrandedHashtags = Enumerable.Repeat(huge, 20).ToList(),
                CallsToAction = Enumerable.Repeat(huge, 20).ToList(),
                HelperTools = Enumerable.Repeat(huge, 20).ToList(),
                InfluencerCollaboration = huge,
                Budget = plan.Tactics.Budget with
                {
                    Lines = Platforms.All.SelectMany(p => new[] { Line(p, BudgetStrategy.Organic, 4, 123456789), Line(p, BudgetStrategy.Paid, 5, 987654321) }).ToList(),
                },
            },
            Situation = plan.Situation with { Presence = Platforms.All.Select(p => new PlatformPresence { Platform = p, Followers = 123456789, WeeklyReach = 987654321 }).ToList() },
            Control = plan.Control with
            {
                KpiTargets = Enumerable.Range(0, 30).Select(i => new KpiTarget { ObjectiveId = "o0", KpiId = i % 2 == 0 ? huge : "engagementRateByReach", Target = 12345678.9m, Deadline = new DateOnly(2027, 6, 21) }).ToList(),
                TimeZoneId = huge,
            },
        };
    }

    private static MarketingPlan Complete(
        string language,
        string business,
        (string Name, string Age)[] personas,
        string[] competitors,
        string[] objectiveTexts,
        string differentiator,
        string[] pillars,
        string[] formats,
        (string What, string Owner)[] actions,
        string responder,
        string abTest)
    {
        var objectives = objectiveTexts.Select((text, i) => new Objective
        {
            Id = "o" + i,
            Text = text,
            Metric = i == 0 ? ObjectiveMetric.Reach : ObjectiveMetric.Sales,
            Platform = Platform.Instagram,
            Baseline = i == 0 ? 10000 : null,
            Target = i == 0 ? 20 : 300,
            Unit = i == 0 ? TargetUnit.Percent : TargetUnit.Absolute,
            Change = i == 0 ? TargetChange.Increase : TargetChange.Level,
            Deadline = i == 0 ? new DateOnly(2027, 3, 20) : new DateOnly(2027, 6, 21),
            Family = i == 0 ? GoalFamily.BrandAwareness : GoalFamily.Sales,
            Smart = new SmartAssessment { Specific = true, Measurable = true, Attainable = i == 0, Relevant = true, TimeBound = true },
        }).ToList();

        return new MarketingPlan
        {
            Id = "plan-" + language,
            Language = language,
            StartDate = new DateOnly(2026, 12, 1),
            Situation = new Situation
            {
                BusinessDescription = business,
                ProductsAndServices = business,
                CustomerNeeds = business,
                Personas = personas.Select(p => new Persona { Name = p.Name, AgeBand = p.Age, Platforms = [Platform.Instagram] }).ToList(),
                Competitors = competitors.Select(c => new Competitor { Name = c, Platforms = [Platform.Instagram] }).ToList(),
                Swot = new Swot { Strengths = ["a", "b"], Weaknesses = ["c"], Opportunities = ["d"], Threats = ["e", "f"] },
                Presence = [new PlatformPresence { Platform = Platform.Instagram, Followers = 4200, WeeklyReach = 10000 }, new PlatformPresence { Platform = Platform.Telegram, Followers = 800 }],
            },
            Objectives = objectives,
            Strategy = new Strategy { Platforms = [Platform.Instagram, Platform.Telegram], ContentPercent = 70, PaidPercent = 30, Differentiator = differentiator },
            Tactics = new Tactics
            {
                PlatformTactics = [new PlatformTactic { Platform = Platform.Instagram, ContentPillars = [.. pillars], Formats = [.. formats], PostsPerWeek = 4 }],
                BrandedHashtags = ["#ChermDast"],
                CommunityHashtags = ["#handmade_bags"],
                CallsToAction = [language == "fa" ? "همین حالا سفارش دهید" : "Order today"],
                CommunityEngagement = new CommunityEngagement { Responder = responder, ResponseTimeHours = 2 },
                HelperTools = ["Meta Business Suite"],
                Budget = new BudgetSplit
                {
                    CurrencyCode = "IRT",
                    Lines = [Line(Platform.Instagram, BudgetStrategy.Paid, 60, 30000000), Line(Platform.Instagram, BudgetStrategy.Organic, 25, 12500000), Line(Platform.Telegram, BudgetStrategy.Paid, 15, 7500000)],
                },
            },
            Actions = actions.Select((a, i) => new ActionItem { What = a.What, Owner = a.Owner, Due = new DateOnly(2026, 12, 15).AddDays(7 * i) }).ToList(),
            Control = new Control
            {
                KpiTargets =
                [
                    new KpiTarget { ObjectiveId = "o0", KpiId = "reach", Baseline = 10000, Target = 12000, Deadline = new DateOnly(2027, 3, 20) },
                    new KpiTarget { ObjectiveId = "o0", KpiId = "engagementRateByReach", Target = 4.5m, Deadline = new DateOnly(2027, 3, 20) },
                    new KpiTarget { ObjectiveId = "o1", KpiId = "conversions", Target = 300, Deadline = new DateOnly(2027, 6, 21) },
                    new KpiTarget { ObjectiveId = "o1", KpiId = "cpa", Target = 100000, Deadline = new DateOnly(2027, 6, 21) },
                ],
                CheckInDay = DayOfWeek.Saturday,
                CheckInTime = new TimeOnly(9, 0),
                TimeZoneId = "Asia/Tehran",
                AbTestIdea = abTest,
            },
        };
    }

    private static BudgetLine Line(Platform platform, BudgetStrategy strategy, decimal percent, decimal amount) =>
        new() { Platform = platform, Strategy = strategy, Percent = percent, Amount = amount };
}

using StrategyBot.App.CheckIns;
using StrategyBot.App.PlanDocument;
using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Tests.PlanDocument;

/// <summary>A coffee shop's plan with every part filled in, in the user's own words in English or Persian.</summary>
internal static class SamplePlans
{
    public const string BrandedHashtag = "#Café_Tehran";
    public const string CommunityHashtag = "#قهوه_تهران";

    public static MarketingPlan CoffeeShop(bool persian)
    {
        string T(string english, string farsi) => persian ? farsi : english;
        return new MarketingPlan
        {
            Id = "plan-1",
            Language = persian ? "fa" : "en",
            StartDate = new DateOnly(2027, 1, 4),
            Situation = new Situation
            {
                BusinessDescription = T("A specialty coffee shop in Tehran", "کافه‌ای تخصصی در تهران"),
                ProductsAndServices = T("Espresso drinks and beans", "نوشیدنی‌های اسپرسو و دانه قهوه"),
                CustomerNeeds = T("A quiet place to work", "جایی آرام برای کار"),
                Personas = [new Persona { Name = T("Student Sara", "سارای دانشجو"), AgeBand = "18-24", Platforms = [Platform.Instagram] }],
                Competitors = [new Competitor { Name = T("Lamiz", "لمیز"), Platforms = [Platform.Instagram], WhatWorks = T("Reels", "ریلز") }],
                Swot = new Swot { Strengths = [T("Great beans", "دانهٔ عالی")], Threats = [T("Rent", "اجاره")] },
                Pestel = new Pestel { Economic = T("Inflation", "تورم") },
                Presence = [new PlatformPresence { Platform = Platform.Instagram, Followers = 8500, WeeklyReach = 21000 }],
            },
            Objectives =
            [
                new Objective
                {
                    Id = "o1",
                    Text = T("Grow Instagram followers from 8,500 to 11,000 by 31 March 2027", "افزایش دنبال‌کنندگان اینستاگرام از ۸۵۰۰ به ۱۱۰۰۰ تا ۱۱ فروردین ۱۴۰۶"),
                    Metric = ObjectiveMetric.Followers,
                    Platform = Platform.Instagram,
                    Baseline = 8500,
                    Target = 11000,
                    Deadline = new DateOnly(2027, 3, 31),
                    Smart = new SmartAssessment { Specific = true, Measurable = true, Attainable = true, Relevant = true, TimeBound = true },
                },
            ],
            Strategy = new Strategy { Platforms = [Platform.Instagram, Platform.Telegram], ContentPercent = 70, PaidPercent = 30, Differentiator = T("Roasted in house", "برشته‌کاری در محل") },
            Tactics = new Tactics
            {
                PlatformTactics = [new PlatformTactic { Platform = Platform.Instagram, ContentPillars = [T("Recipes", "دستور تهیه")], Formats = ["reels"], PostsPerWeek = 4 }],
                BrandedHashtags = [BrandedHashtag],
                CommunityHashtags = [CommunityHashtag],
                CallsToAction = [T("Order now", "همین حالا سفارش دهید")],
                ChannelCtas = [new ChannelCta { Platform = Platform.Telegram, CallToAction = T("Join the channel", "به کانال بپیوندید"), Link = "t.me/cafe" }],
                InfluencerCollaboration = T("Two food bloggers a month", "ماهی دو بلاگر غذا"),
                AdTools = ["Meta Ads Manager"],
                Budget = new BudgetSplit
                {
                    CurrencyCode = "IRT",
                    Lines = [new BudgetLine { Platform = Platform.Instagram, Strategy = BudgetStrategy.Paid, Percent = 80, Amount = 72_000_000 }, new BudgetLine { Platform = Platform.Telegram, Strategy = BudgetStrategy.Organic, Percent = 20, Amount = 18_000_000 }],
                },
            },
            Actions = [new ActionItem { What = T("Shoot 8 reels", "فیلم‌برداری ۸ ریلز"), Owner = "Neda", Due = new DateOnly(2027, 1, 20) }],
            Calendar = new ContentCalendar
            {
                WeeklyRhythm = [new PlatformRhythm { Platform = Platform.Instagram, Slots = [new CalendarSlot { Day = DayOfWeek.Tuesday, Format = "reel", Pillar = T("Recipes", "دستور تهیه") }] }],
                Posts = [new DatedPost { Date = new DateOnly(2027, 2, 14), Platform = Platform.Instagram, Theme = T("Valentine latte art", "لاته‌آرت ولنتاین") }],
            },
            Campaigns = [new Campaign { Name = T("Yalda nights", "شب یلدا"), Goal = T("Sell gift boxes", "فروش جعبهٔ هدیه"), Start = new DateOnly(2027, 12, 15), End = new DateOnly(2027, 12, 21), Platforms = [Platform.Instagram], Budget = 15_000_000, KpiIds = [KpiIds.Conversions] }],
            Control = new Control
            {
                CheckInDay = DayOfWeek.Monday,
                CheckInTime = new TimeOnly(9, 0),
                TimeZoneId = "Asia/Tehran",
                KpiTargets =
                [
                    new KpiTarget { ObjectiveId = "o1", KpiId = KpiIds.Followers, Platform = Platform.Instagram, Cadence = TargetCadence.Level, Baseline = 8500, Target = 11000, Deadline = new DateOnly(2027, 3, 31) },
                    new KpiTarget { ObjectiveId = "o1", KpiId = KpiIds.Conversions, Cadence = TargetCadence.PerMonth, Target = 150, Deadline = new DateOnly(2027, 3, 31) },
                ],
                Experiments = [new Experiment { Id = "e1", Hypothesis = T("Reels beat carousels", "ریلز از کاروسل بهتر است"), VariantA = "reel", VariantB = "carousel", MetricKpiId = KpiIds.Reach, Start = new DateOnly(2027, 1, 11), End = new DateOnly(2027, 1, 25) }],
            },
        };
    }

    /// <summary>Two reported weeks, the latest the week of 25 January 2027.</summary>
    public static PlanCheckInStatus TwoWeeksReported(MarketingPlan plan)
    {
        var latest = IsoWeek.FromDate(new DateOnly(2027, 1, 25));
        IReadOnlyList<CheckInRecord> records =
        [
            new() { PlanId = plan.Id, Week = latest.AddWeeks(-1), Numbers = new WeeklyNumbers { Followers = 8900, Conversions = 30 } },
            new() { PlanId = plan.Id, Week = latest, Numbers = new WeeklyNumbers { Followers = 9300, Conversions = 41 } },
        ];
        return new PlanCheckInStatus(latest, records[^1], KpiStandings.Evaluate(plan, records, latest));
    }
}

using StrategyBot.App.Interview.Objectives;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Tests.Interview.Objectives;

public sealed class ObjectivesDialogTests
{
    private readonly InMemoryStateStore _store = new();

    [Fact]
    public async Task VagueObjective_RefinedCriterionByCriterion_IsSavedOnceMeasurableAndTimeBound()
    {
        await ObjectiveTestKit.SeedAsync(_store, ObjectiveTestKit.PlanWithSituation());
        var bot = ObjectiveTestKit.Objectives(_store, ObjectiveTestKit.Clock());

        (await bot.SendAsync("hi"))
            .AssertReplyContains("Let's set 1 to 5 SMART objectives")
            .AssertReplyActivity(a => a.Summary == "Objective 1: which goal family is it for? Each objective can serve a different one." && a.Attachments!.Count == 1)
            .WithSuggestedActions("Brand awareness", "Sales", "Return on investment (ROI)", "Sales & service quality", "Market leadership");
        (await bot.SendAsync("Brand awareness"))
            .AssertReply("Write objective 1 in one line, for example: \"Grow our Instagram weekly reach from 4,000 to 6,000 by the end of June\"");
        (await bot.SendAsync("Get more followers"))
            .AssertReply(t => t.StartsWith("SMART check: \u200ES ✗ · M ✗ · A ✗ · R ✓ · T ✗\u200E", StringComparison.Ordinal)
                && t.Contains("• Attainable: Once there's a target, I'll check the growth it needs is within reach.", StringComparison.Ordinal)
                && !t.Contains("What will make it happen?", StringComparison.Ordinal)
                && !t.Contains("Where do you start from?", StringComparison.Ordinal)
                && t.Contains("• Specific: Which platform? Your personas are on Instagram, LinkedIn and Telegram.", StringComparison.Ordinal)
                && t.Contains("• Measurable: A target needs a number", StringComparison.Ordinal)
                && t.Contains("• Time-bound: By when? For example 26 February 2027, three months from now.", StringComparison.Ordinal))
            .AssertReply("Which platform is it for?")
            .WithSuggestedActions("Instagram", "LinkedIn", "Telegram", "YouTube", "X (Twitter)")
            .AssertNoMoreReplies();
        (await bot.SendAsync("Instagram"))
            .AssertReplyContains("A target needs a number: you're at 4,200 followers now. 5,040?")
            .WithSuggestedActions("5,040");
        (await bot.SendAsync("5,000"))
            .AssertReply("By when? Type a date such as 26 February 2027 or 2027-02-26, or \"in 3 months\".")
            .WithSuggestedActions("26 February 2027");
        Assert.Empty((await ObjectiveTestKit.PlanAsync(_store)).Objectives);

        (await bot.SendAsync("30 June 2027"))
            .AssertReply("Objective 1 saved ✓ \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E")
            .AssertReply("What's behind it? Budget, people, posts per week, tools.")
            .WithSuggestedActions("Keep it anyway");
        var saved = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
        Assert.Equal((ObjectiveMetric.Followers, Platform.Instagram, 4_200m, 5_000m, new DateOnly(2027, 6, 30)),
            (saved.Metric, saved.Platform, saved.Baseline, saved.Target, saved.Deadline));
        Assert.Equal(GoalFamily.BrandAwareness, saved.Family);

        (await bot.SendAsync("3 posts a week and 200 USD of ads a month"))
            .AssertReply("Shall I retitle the objective with what we agreed?\nGrow Instagram followers from 4,200 to 5,000 by 30 June 2027\nTap it to use it, or type your own title.");
        (await bot.SendAsync("Instagram: 5,000 followers by the end of June"))
            .AssertReply("Add another objective? You have 1 of 5.")
            .WithSuggestedActions("Yes", "No");
        (await bot.SendAsync("no")).AssertReply("Objectives done: 1 saved.");

        var final = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
        Assert.Equal("3 posts a week and 200 USD of ads a month", final.Resources);
        Assert.Equal("Instagram: 5,000 followers by the end of June", final.Text);
        Assert.Equal(5, final.Smart!.PassedCount());
        Assert.Equal(DialogTurnStatus.Complete, bot.LastResult!.Status);
    }

    [Fact]
    public async Task UnrealisticGrowth_IsFlaggedWithARealisticProposal_AndTakingItPasses()
    {
        await ObjectiveTestKit.SeedAsync(_store, ObjectiveTestKit.PlanWithSituation());
        var bot = ObjectiveTestKit.Objectives(_store, ObjectiveTestKit.Clock());
        await bot.SendAsync("hi");
        await bot.SendAsync("Brand awareness");

        (await bot.SendAsync("Grow Instagram followers from 4,200 to 40,000 by 26 January 2027 with daily reels"))
            .AssertReply("SMART check: \u200ES ✓ · M ✓ · A ✗ · R ✓ · T ✓\u200E\n• Attainable: Growing 4,200 → 40,000 in 2 months needs 208% a month; "
                + "most accounts manage at most 10%. Try 5,080 by 26 January 2027, or give yourself until 26 November 2028.")
            .AssertReply("Objective 1 saved ✓ \u200ES ✓ · M ✓ · A ✗ · R ✓ · T ✓\u200E")
            .AssertReplyContains("How shall we make it attainable?")
            .WithSuggestedActions("5,080 by 26 January 2027", "40,000 by 26 November 2028", "Keep it anyway");
        (await bot.SendAsync("5,080 by 26 January 2027"))
            .AssertReply("Shall I retitle the objective with what we agreed?\nGrow Instagram followers from 4,200 to 5,080 by 26 January 2027\nTap it to use it, or type your own title.")
            .WithSuggestedActions("Grow Instagram followers from 4,200 to 5,080 by 26 January 2027");
        (await bot.SendAsync("Grow Instagram followers from 4,200 to 5,080 by 26 January 2027"))
            .AssertReply("Objective 1 updated: \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E")
            .AssertReply("Add another objective? You have 1 of 5.");

        var objective = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
        Assert.Equal("Grow Instagram followers from 4,200 to 5,080 by 26 January 2027", objective.Text);
        Assert.Equal(5_080m, objective.Target);
        Assert.Equal(TargetChange.Level, objective.Change);
        Assert.True(objective.Smart!.Attainable);
    }

    [Fact]
    public async Task UnrealisticGrowth_KeptAnyway_IsRecordedOnTheObjective()
    {
        await ObjectiveTestKit.SeedAsync(_store, ObjectiveTestKit.PlanWithSituation());
        var bot = ObjectiveTestKit.Objectives(_store, ObjectiveTestKit.Clock());
        await bot.SendAsync("hi");
        await bot.SendAsync("1");
        await bot.SendAsync("Grow Instagram followers from 4,200 to 40,000 by 26 January 2027 with daily reels");

        (await bot.SendAsync("keep it anyway"))
            .AssertReply("Noted: you're keeping it as it is, although it doesn't pass Attainable yet. I've recorded that on the objective.")
            .AssertReply("Add another objective? You have 1 of 5.");

        var state = await ObjectiveTestKit.StateAsync(_store);
        var objective = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
        Assert.Equal(40_000m, objective.Target);
        Assert.Equal([SmartCriterion.Attainable], objective.KeptWithout);
    }

    [Fact]
    public async Task PastDeadline_IsRefusedUntilAFutureDateIsGiven()
    {
        await ObjectiveTestKit.SeedAsync(_store, ObjectiveTestKit.PlanWithSituation());
        var bot = ObjectiveTestKit.Objectives(_store, ObjectiveTestKit.Clock());
        await bot.SendAsync("hi");
        await bot.SendAsync("Brand awareness");

        (await bot.SendAsync("Grow Instagram followers to 5,000 by 15 January 2026"))
            .AssertReplyContains("• Time-bound: 15 January 2026 has already passed. Pick a date after today, for example 26 February 2027.")
            .AssertReply("By when? Type a date such as 26 February 2027 or 2027-02-26, or \"in 3 months\".");
        (await bot.SendAsync("2026-03-01"))
            .AssertReply("1 March 2026 has already passed. Pick a date after today, for example 26 February 2027.\n"
                + "By when? Type a date such as 26 February 2027 or 2027-02-26, or \"in 3 months\".")
            .AssertNoMoreReplies();
        Assert.Empty((await ObjectiveTestKit.PlanAsync(_store)).Objectives);

        (await bot.SendAsync("31 March 2027")).AssertReply("Objective 1 saved ✓ \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E");

        Assert.Equal(new DateOnly(2027, 3, 31), Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives).Deadline);
    }

    [Fact]
    public async Task PersianObjective_WithJalaliDeadlineAndPersianDigits_IsSavedAtOnce()
    {
        await ObjectiveTestKit.SeedAsync(_store, ObjectiveTestKit.PlanWithSituation());
        var bot = ObjectiveTestKit.Objectives(_store, ObjectiveTestKit.Clock(), "fa-IR");

        (await bot.SendAsync("سلام"))
            .AssertReplyContains("بیایید ۱ تا ۵ هدف SMART بنویسیم")
            .AssertReplyActivity(a => a.Attachments!.Count == 1)
            .WithSuggestedActions("آگاهی از برند", "فروش", "بازگشت سرمایه (ROI)", "کیفیت فروش و خدمات", "رهبری بازار");
        (await bot.SendAsync("۱")).AssertReplyContains("هدف ۱ را در یک خط بنویسید");
        (await bot.SendAsync("افزایش دنبال‌کننده‌های اینستاگرام از ۴۲۰۰ به ۵۰۰۰ تا پایان خرداد ۱۴۰۶ با انتشار روزانه استوری"))
            .AssertReply("\u200Fبررسی SMART: \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E\nهر پنج معیار برقرار است. 🎯")
            .AssertReply("\u200Fهدف ۱ ذخیره شد ✓ \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E")
            .AssertReply("\u200Fهدف دیگری اضافه کنیم؟ تا الان ۱ هدف از ۵ دارید.")
            .WithSuggestedActions("بله", "نه");
        (await bot.SendAsync("نه")).AssertReply("\u200Fمرحلهٔ اهداف تمام شد: ۱ هدف ثبت شد.");

        var objective = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
        Assert.Equal((4_200m, 5_000m, new DateOnly(2027, 6, 21)), (objective.Baseline, objective.Target, objective.Deadline));
    }

    [Fact]
    public async Task PersianObjective_MissingNumbersAndDeadline_AnsweredWithPersianDigitsAndAJalaliDate()
    {
        await ObjectiveTestKit.SeedAsync(_store, ObjectiveTestKit.PlanWithSituation());
        var bot = ObjectiveTestKit.Objectives(_store, ObjectiveTestKit.Clock(), "fa-IR");
        await bot.SendAsync("سلام");
        await bot.SendAsync("فروش");

        (await bot.SendAsync("افزایش فروش اینستاگرام با تبلیغات هدفمند"))
            .AssertReplyContains("• زمان‌دار: تا چه تاریخی؟ مثلاً ۷ اسفند ۱۴۰۵ \u200F(\u200E26 February 2027\u200E)\u200F، یعنی سه ماه دیگر.")
            .AssertReply("\u200Fعدد فعلی فروش در اینستاگرام چقدر است؟ یک عدد بفرستید؛ اگر از صفر شروع می‌کنید، ۰ بفرستید. هنوز نمی‌دانید؟ بنویسید «رد کن»؛ اولین گزارش هفتگی آن را می‌دهد.");
        (await bot.SendAsync("۳۰"))
            .AssertReplyContains("عدد فعلی فروش: ۳۰؛ ۳۶ چطور است؟")
            .WithSuggestedActions("۳۶");
        (await bot.SendAsync("۴۵"))
            .AssertReply("\u200Fتا چه تاریخی؟ تاریخ را بنویسید، مثلاً «۷ اسفند ۱۴۰۵»، «۱۴۰۵/۱۲/۰۷» یا «۳ ماه دیگر».")
            .WithSuggestedActions("۷ اسفند ۱۴۰۵");
        (await bot.SendAsync("تا پایان خرداد ۱۴۰۶"))
            .AssertReply("\u200Fهدف ۱ ذخیره شد ✓ \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E");

        var objective = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
        Assert.Equal((ObjectiveMetric.Sales, 30m, 45m, new DateOnly(2027, 6, 21)), (objective.Metric, objective.Baseline, objective.Target, objective.Deadline));
    }

    [Fact]
    public async Task FifthObjective_EndsTheStepWithoutOfferingAnother()
    {
        var plan = ObjectiveTestKit.PlanWithSituation();
        plan = plan with { Objectives = [.. plan.Objectives, .. Enumerable.Range(1, 4).Select(ObjectiveTestKit.SavedObjective)] };
        await ObjectiveTestKit.SeedAsync(_store, plan);
        var bot = ObjectiveTestKit.Objectives(_store, ObjectiveTestKit.Clock());

        (await bot.SendAsync("hi"))
            .AssertReply(t => t.StartsWith("Your objectives so far (4 of 5):\n1. Objective number 1\n", StringComparison.Ordinal))
            .AssertReply("What would you like to do with them?\n\n1. Add an objective\n2. Rewrite one\n3. Remove one\n4. Keep them as they are");
        (await bot.SendAsync("Add an objective")).AssertReplyActivity(a => a.Summary!.StartsWith("Objective 5:", StringComparison.Ordinal));
        await bot.SendAsync("Sales");
        (await bot.SendAsync("Get 60 Instagram orders a month, up from 50, by 30 June 2027 with weekly giveaways"))
            .AssertReplyContains("SMART check: \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E")
            .AssertReply("Objective 5 saved ✓ \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E")
            .AssertReply("That makes 5 objectives, the most a focused plan should have. Well done!")
            .AssertNoMoreReplies();

        Assert.Equal(5, (await ObjectiveTestKit.PlanAsync(_store)).Objectives.Count);
        Assert.Equal(DialogTurnStatus.Complete, bot.LastResult!.Status);
    }

    [Fact]
    public async Task FullPlan_OffersOnlyRewriteOrRemove_AndRemovingFreesASlot()
    {
        var plan = ObjectiveTestKit.PlanWithSituation();
        plan = plan with
        {
            Objectives = [.. plan.Objectives, .. Enumerable.Range(1, 5).Select(ObjectiveTestKit.SavedObjective)],
            Control = plan.Control.WithKpiTarget(new KpiTarget { ObjectiveId = "objective-2", KpiId = "followers", Target = 5_000 }),
        };
        await ObjectiveTestKit.SeedAsync(_store, plan);
        var bot = ObjectiveTestKit.Objectives(_store, ObjectiveTestKit.Clock());

        (await bot.SendAsync("hi"))
            .AssertReply(t => t.EndsWith("That's 5 objectives, the most a focused plan should have. You can rewrite or remove one.", StringComparison.Ordinal))
            .AssertReply(t => t.StartsWith("What would you like to do with them?", StringComparison.Ordinal))
            .WithSuggestedActions("Rewrite one", "Remove one", "Keep them as they are");
        (await bot.SendAsync("remove one")).AssertReplyContains("Which objective?");
        (await bot.SendAsync("2"))
            .AssertReply("Removed: \"Objective number 2\".")
            .AssertReply(t => t.StartsWith("Your objectives so far (4 of 5):", StringComparison.Ordinal))
            .AssertReply(t => t.StartsWith("What would you like to do with them?", StringComparison.Ordinal))
            .WithSuggestedActions("Add an objective", "Rewrite one", "Remove one", "Keep them as they are");

        var after = await ObjectiveTestKit.PlanAsync(_store);
        Assert.Equal(["objective-1", "objective-3", "objective-4", "objective-5"], after.Objectives.Select(o => o.Id));
        Assert.Empty(after.Control.KpiTargets);
    }

    [Fact]
    public async Task RewriteOne_KeepsItsPlaceAndId()
    {
        var plan = ObjectiveTestKit.PlanWithSituation();
        plan = plan with { Objectives = [.. plan.Objectives, .. Enumerable.Range(1, 2).Select(ObjectiveTestKit.SavedObjective)] };
        await ObjectiveTestKit.SeedAsync(_store, plan);
        var bot = ObjectiveTestKit.Objectives(_store, ObjectiveTestKit.Clock());
        await bot.SendAsync("hi");
        await bot.SendAsync("Rewrite one");
        (await bot.SendAsync("1")).AssertReplyActivity(a => a.Summary!.StartsWith("Objective 1:", StringComparison.Ordinal));
        await bot.SendAsync("Brand awareness");

        (await bot.SendAsync("Reach 15,000 people a week on Instagram by 31 March 2027 with 4 reels a week"))
            .AssertReplyContains("SMART check: \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E")
            .AssertReply("Objective 1 saved ✓ \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E")
            .AssertReply(t => t.StartsWith("Your objectives so far (2 of 5):\n1. Reach 15,000 people a week", StringComparison.Ordinal));

        var after = await ObjectiveTestKit.PlanAsync(_store);
        Assert.Equal(["objective-1", "objective-2"], after.Objectives.Select(o => o.Id));
        Assert.Equal((ObjectiveMetric.Reach, 12_000m, 15_000m), (after.Objectives[0].Metric, after.Objectives[0].Baseline, after.Objectives[0].Target));
    }

    [Fact]
    public async Task KeptAnyway_ThenRewritten_TheRewrittenObjectiveKeepsNoStaleAcceptance()
    {
        var plan = ObjectiveTestKit.PlanWithSituation();
        var kept = (ObjectiveTestKit.SavedObjective(1) with
        {
            Smart = new SmartAssessment { Specific = true, Measurable = true, Attainable = false, Relevant = true, TimeBound = true },
        }).KeptAnywayWithout(SmartCriterion.Attainable);
        plan = plan with { Objectives = [.. plan.Objectives, kept] };
        await ObjectiveTestKit.SeedAsync(_store, plan);
        var bot = ObjectiveTestKit.Objectives(_store, ObjectiveTestKit.Clock());
        await bot.SendAsync("hi");
        await bot.SendAsync("Rewrite one");
        await bot.SendAsync("1");
        await bot.SendAsync("Brand awareness");

        (await bot.SendAsync("Reach 15,000 people a week on Instagram by 31 March 2027 with 4 reels a week"))
            .AssertReplyContains("SMART check: \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E");

        var rewritten = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
        Assert.Equal(("objective-1", 15_000m), (rewritten.Id, rewritten.Target!.Value));
        Assert.Empty(rewritten.KeptWithout);
    }
}

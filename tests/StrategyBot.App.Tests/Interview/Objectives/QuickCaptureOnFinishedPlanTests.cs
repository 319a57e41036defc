using System.Text.Json;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Planning;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Interview.Objectives;

/// <summary>
/// "goal: …" on a plan whose six steps are done, through the interview as the app registers it: the objective is
/// added and only its KPIs are asked; every other step stays as it was and the user ends where they were.
/// </summary>
public sealed class QuickCaptureOnFinishedPlanTests
{
    private readonly InMemoryStateStore _store = new();

    [Fact]
    public async Task FinishedPlan_GoalTyped_AsksOnlyTheNewObjectivesKpis_AndThePlanStaysComplete()
    {
        var bot = await FinishedPlanAsync("en-US");
        var before = await ObjectiveTestKit.PlanAsync(_store);

        (await bot.SendAsync("goal: grow Instagram reach 20% by March"))
            .AssertReply("Got it! I'll add that as a draft objective and check it.")
            .AssertReply(t => t.StartsWith("SMART check: \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E", StringComparison.Ordinal))
            .AssertReply("What's today's figure for reach on Instagram? Send a number; if you're starting from scratch, send 0. Don't know it yet? Say \"skip\": the first check-in gives it.")
            .AssertNoMoreReplies();
        (await bot.SendAsync("3000"))
            .AssertReply("Objective 2 saved ✓ \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E")
            .AssertReply("What's behind it? Budget, people, posts per week, tools.");
        (await bot.SendAsync("3 reels a week"))
            .AssertReply("Shall I retitle the objective with what we agreed?\nGrow Instagram reach from 3,000 to 3,600 a week by 31 March 2027\nTap it to use it, or type your own title.")
            .WithSuggestedActions("Grow Instagram reach from 3,000 to 3,600 a week by 31 March 2027");
        (await bot.SendAsync("Grow Instagram reach from 3,000 to 3,600 a week by 31 March 2027"))
            .AssertReply("Control was already set, so I'll only ask for the new objective's KPIs. The rest of your plan stays as it is.")
            .AsksCard("Which KPIs will track \"Grow Instagram reach from 3,000 to 3,600 a week by 31 March 2027\"?")
            .AssertNoMoreReplies();
        (await bot.SendAsync("status")).SaysAll("Your plan: 5 of 6 steps done.", "▶ 6. Control (we're here)").AsksCard("Which KPIs will track");
        (await bot.SendAsync("reach"))
            .AssertReply("Reach = reach (a weekly count, no denominator)\nWhat's the target for Reach?")
            .WithSuggestedActions("3,600");
        (await bot.SendAsync("3,600")).AssertReply("By when for Reach? The objective's deadline is 31 March 2027: tap it, or type another date.");
        (await bot.SendAsync("31 March 2027"))
            .AssertReply("✓ Reach: 3,600 by 31 March 2027")
            .AssertReply("Your plan is complete again: 6 of 6 steps ✓ Say \"show my plan\" to see it.")
            .WithSuggestedActions("Show my plan", "Status")
            .AssertNoMoreReplies();
        (await bot.SendAsync("status")).SaysAll("Your plan: 6 of 6 steps done.", "✓ 6. Control").AssertNoMoreReplies();

        Assert.Equal(9, UserTurns(bot)); // seven answers (the title one of them), where Control alone took 16, and two status checks
        Assert.DoesNotContain("Let's carry on", bot.Transcript, StringComparison.Ordinal);
        var after = await ObjectiveTestKit.PlanAsync(_store);
        var added = after.Objectives[1];
        Assert.Equal((ObjectiveMetric.Reach, 3_000m, new DateOnly(2027, 3, 31)), (added.Metric, added.Baseline, added.Deadline));
        var kpi = Assert.Single(after.Control.KpiTargets, k => k.ObjectiveId == added.Id);
        Assert.Equal(("reach", 3_600m, new DateOnly(2027, 3, 31)), (kpi.KpiId, kpi.Target, kpi.Deadline));
        AssertUnchangedApartFrom(added.Id, before, after);
    }

    [Fact]
    public async Task FinishedPlan_PersianGoalTyped_AsksOnlyTheNewObjectivesKpis_AndThePlanStaysComplete()
    {
        var bot = await FinishedPlanAsync("fa-IR");
        var before = await ObjectiveTestKit.PlanAsync(_store);

        (await bot.SendAsync("هدف: افزایش ۲۰٪ دسترسی اینستاگرام تا پایان اسفند"))
            .AssertReply("\u200Fگرفتم! این را به‌عنوان پیش‌نویس یک هدف اضافه می‌کنم و بررسی‌اش می‌کنم.")
            .AssertReply(t => t.StartsWith("\u200Fبررسی SMART: \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E", StringComparison.Ordinal))
            .AssertReply("\u200Fعدد فعلی دسترسی (ریچ) در اینستاگرام چقدر است؟ یک عدد بفرستید؛ اگر از صفر شروع می‌کنید، ۰ بفرستید. هنوز نمی‌دانید؟ بنویسید «رد کن»؛ اولین گزارش هفتگی آن را می‌دهد.")
            .AssertNoMoreReplies();
        (await bot.SendAsync("۳۰۰۰")).AssertReply("\u200Fهدف ۲ ذخیره شد ✓ \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E");
        (await bot.SendAsync("هفته‌ای ۳ ریلز"))
            .AssertReply("\u200Fعنوان هدف را با آنچه توافق کردیم عوض کنم؟\nافزایش دسترسی (ریچ) اینستاگرام از ۳٬۰۰۰ به ۳٬۶۰۰ در هفته تا ۲۹ اسفند ۱۴۰۵\nبرای استفاده رویش بزنید، یا عنوان خودتان را بنویسید.")
            .WithSuggestedActions("افزایش دسترسی (ریچ) اینستاگرام از ۳٬۰۰۰ به ۳٬۶۰۰ در هفته تا ۲۹ اسفند ۱۴۰۵");
        (await bot.SendAsync("افزایش دسترسی (ریچ) اینستاگرام از ۳٬۰۰۰ به ۳٬۶۰۰ در هفته تا ۲۹ اسفند ۱۴۰۵"))
            .AssertReply("\u200Fمرحلهٔ کنترل از قبل تنظیم شده بود؛ پس فقط KPIهای هدف تازه را می‌پرسم و بقیهٔ برنامه همان‌طور می‌ماند.")
            .AsksCard("کدام KPIها هدف «افزایش دسترسی (ریچ) اینستاگرام از ۳٬۰۰۰ به ۳٬۶۰۰ در هفته تا ۲۹ اسفند ۱۴۰۵» را می‌سنجند؟")
            .AssertNoMoreReplies();
        (await bot.SendAsync("دسترسی")).Says("عدد هدف برای دسترسی (Reach) چقدر است؟").WithSuggestedActions("۳٬۶۰۰");
        (await bot.SendAsync("۳۶۰۰")).Says("مهلت دسترسی (Reach) تا کی باشد؟");
        (await bot.SendAsync("همان"))
            .AssertReply("\u200F✓ دسترسی (Reach): ۳٬۶۰۰ تا ۲۹ اسفند ۱۴۰۵ \u200F(\u200E20 March 2027\u200E)\u200F")
            .AssertReply("\u200Fبرنامهٔ شما دوباره کامل است: ۶ مرحله از ۶ ✓ برای دیدنش بنویسید «خلاصه».")
            .WithSuggestedActions("برنامهٔ من", "وضعیت")
            .AssertNoMoreReplies();

        Assert.Equal(7, UserTurns(bot));
        Assert.DoesNotContain("ادامه می‌دهیم", bot.Transcript, StringComparison.Ordinal);
        var after = await ObjectiveTestKit.PlanAsync(_store);
        var kpi = Assert.Single(after.Control.KpiTargets, k => k.ObjectiveId == after.Objectives[1].Id);
        Assert.Equal(("reach", 3_600m, new DateOnly(2027, 3, 20)), (kpi.KpiId, kpi.Target, kpi.Deadline));
        AssertUnchangedApartFrom(after.Objectives[1].Id, before, after);
    }
    [Fact]
    public async Task FinishedPlan_GoalTypedWhileEditingAStep_AsksTheNewKpisThenReturnsToTheQuestion()
    {
        var bot = await FinishedPlanAsync("en-US");
        (await bot.SendAsync("edit strategy")).SaysAll("Let's edit Strategy.").AsksCard("Which platforms will you focus on?");

        await InterviewScript.AnswerAllAsync(bot, ["goal: grow Instagram reach 20% by March", "3000"]);
        (await bot.SendAsync("3 reels a week")).Says("Shall I retitle the objective");
        (await bot.SendAsync("keep"))
            .AssertReply(t => t.StartsWith("Control was already set", StringComparison.Ordinal))
            .AsksCard("Which KPIs will track");
        await InterviewScript.AnswerAllAsync(bot, ["reach", "3600"]);
        (await bot.SendAsync("same"))
            .AssertReply("✓ Reach: 3,600 by 31 March 2027")
            .AssertReply("Now, back to where we were.")
            .AsksCard("Which platforms will you focus on?")
            .AssertNoMoreReplies();

        Assert.True(SostacProgress.Evaluate(await ObjectiveTestKit.PlanAsync(_store)).IsComplete);
    }

    [Fact]
    public async Task UnfinishedInterview_GoalTyped_ReturnsToTheQuestionAndLeavesTheKpisToTheControlStep()
    {
        await ObjectiveTestKit.SeedAsync(_store, SamplePlan.ThroughTactics());
        var bot = ObjectiveTestKit.RealInterview(_store, ObjectiveTestKit.Clock());
        (await bot.SendAsync("hi")).Says("Welcome back — we're at Action").Says("Action 1: what needs to be done?");

        await InterviewScript.AnswerAllAsync(bot, ["goal: grow Instagram reach 20% by March", "3000"]);
        (await bot.SendAsync("3 reels a week")).Says("Shall I retitle the objective");
        (await bot.SendAsync("skip"))
            .AssertReply("Now, back to where we were.")
            .Says("Action 1: what needs to be done?")
            .AssertNoMoreReplies();

        var plan = await ObjectiveTestKit.PlanAsync(_store);
        Assert.Equal(2, plan.Objectives.Count);
        Assert.Empty(plan.Control.KpiTargets);
    }

    // Every step but the new objective and its KPIs is as it was before the capture.
    private static void AssertUnchangedApartFrom(string addedId, MarketingPlan before, MarketingPlan after)
    {
        Assert.Equal(Json(before.Situation), Json(after.Situation));
        Assert.Equal(Json(before.Objectives), Json(after.Objectives.Where(o => o.Id != addedId)));
        Assert.Equal(Json(before.Strategy), Json(after.Strategy));
        Assert.Equal(Json(before.Tactics), Json(after.Tactics));
        Assert.Equal(Json(before.Actions), Json(after.Actions));
        Assert.Equal(Json(before.Control.KpiTargets), Json(after.Control.KpiTargets.Where(k => k.ObjectiveId != addedId)));
        Assert.Equal(
            (before.Control.CheckInDay, before.Control.CheckInTime, before.Control.TimeZoneId, before.Control.AbTestIdea),
            (after.Control.CheckInDay, after.Control.CheckInTime, after.Control.TimeZoneId, after.Control.AbTestIdea));
        Assert.True(SostacProgress.Evaluate(after).IsComplete);
    }

    private static int UserTurns(ConversationHarness bot) =>
        bot.Transcript.Split('\n').Count(line => line.StartsWith("user> ", StringComparison.Ordinal));

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private async Task<ConversationHarness> FinishedPlanAsync(string locale)
    {
        await ObjectiveTestKit.SeedAsync(_store, SamplePlan.Finished());
        return ObjectiveTestKit.RealInterview(_store, ObjectiveTestKit.Clock(), locale);
    }
}

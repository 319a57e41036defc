using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Conversation;
using StrategyBot.App.Interview.Control;
using StrategyBot.App.Tests.Interview.Objectives;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Interview.Control;

public sealed class ControlDialogTests
{
    private readonly InMemoryStateStore _store = new();

    [Fact]
    public async Task KpiSelection_ShowsFormulaAndDenominator_AndSavesEachTargetAndDeadline()
    {
        var bot = await ControlAsync("en-US", "Asia/Tehran");

        (await bot.SendAsync("hi"))
            .AssertReply(t => t.StartsWith("Control. For each objective", StringComparison.Ordinal))
            .AssertReplyActivity(a => Choices(a.Attachments![0].Content!) == "followers,reach,impressions,engagement-rate-reach,hashtag-uses"
                && a.Summary == "Which KPIs will track \"Objective number 1\"? The first ones fit it best. Pick one or more, or type names such as \"reach, CTR\".");
        (await bot.SendAsync("engagement rate by reach, CTR"))
            .AssertReply("Engagement rate by reach = engagements ÷ reach × 100 (denominator: reach)\nWhat's the target for Engagement rate by reach?")
            .AssertNoMoreReplies();
        (await bot.SendAsync("4%"))
            .AssertReply("By when for Engagement rate by reach? The objective's deadline is 30 June 2027: tap it, or type another date.")
            .WithSuggestedActions("30 June 2027");
        Assert.Equal(4m, Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Control.KpiTargets).Target);

        (await bot.SendAsync("30 April 2027"))
            .AssertReply("✓ Engagement rate by reach: 4% by 30 April 2027")
            .AssertReply("Click-through rate (CTR) = clicks ÷ impressions × 100 (denominator: impressions)\nWhat's the target for Click-through rate (CTR)?");
        await bot.SendAsync("1.5%");
        (await bot.SendAsync("30 June 2027")).AssertReply("✓ Click-through rate (CTR): 1.5% by 30 June 2027");

        var targets = (await ObjectiveTestKit.PlanAsync(_store)).Control.KpiTargets;
        Assert.Equal(
            [("objective-1", KpiIds.EngagementRateByReach, 4m, new DateOnly(2027, 4, 30)), ("objective-1", KpiIds.Ctr, 1.5m, new DateOnly(2027, 6, 30))],
            targets.Select(k => (k.ObjectiveId, k.KpiId, k.Target, k.Deadline)));
        Assert.All(targets, k => Assert.Equal(TargetCadence.Ratio, k.Cadence));
    }

    [Theory]
    [InlineData("150 a month", TargetCadence.PerMonth)]
    [InlineData("۱۵۰ در ماه", TargetCadence.PerMonth)]
    [InlineData("40 every week", TargetCadence.PerWeek)]
    [InlineData("150", TargetCadence.Total)]
    public async Task KpiTarget_ARateNamedInTheAnswer_IsTheTargetsCadence(string answer, TargetCadence expected)
    {
        var bot = await ControlAsync("en-US", "Asia/Tehran");
        await bot.SendAsync("hi");
        await bot.SendAsync("conversions");

        (await bot.SendAsync(answer)).AssertReply(t => t.StartsWith("By when for Conversions?", StringComparison.Ordinal));

        var target = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Control.KpiTargets);
        Assert.Equal((KpiIds.Conversions, (TargetCadence?)expected), (target.KpiId, target.Cadence));
    }

    [Fact]
    public async Task KpiCardSubmit_TheObjectiveMetricKpiStartsFromTheObjectiveTarget_AndSkipKeepsItsDeadline()
    {
        var bot = await ControlAsync("en-US", "Asia/Tehran");
        await bot.SendAsync("hi");

        (await bot.SubmitAsync(new JsonObject { ["action"] = "answer", ["promptId"] = "control.kpis.0", ["answer"] = "followers" }))
            .AssertReply("Followers = followers (a weekly count, no denominator)\nWhat's the target for Followers?")
            .WithSuggestedActions("5,000");
        await bot.SendAsync("5,000");
        (await bot.SendAsync("30 June 2027")).AssertReply("✓ Followers: 5,000 by 30 June 2027");

        var target = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Control.KpiTargets);
        Assert.Equal((4_200m, 5_000m, TargetCadence.Level), (target.Baseline, target.Target, target.Cadence));
    }

    [Fact]
    public async Task CheckInSlot_DefaultsToMonday0900_InTheTeamsTimeZoneConfirmedOnce()
    {
        var bot = await ControlAsync("en-US", "Asia/Tehran");
        await bot.SendAsync("hi");
        await bot.SendAsync("followers");
        await bot.SendAsync("5000");

        (await bot.SendAsync("30 June 2027"))
            .AssertReply("✓ Followers: 5,000 by 30 June 2027")
            .AssertReply("Teams says your time zone is \u200EAsia/Tehran\u200E (it's 12:30 there now). Shall I schedule your check-ins in it?")
            .WithSuggestedActions("Yes", "No");
        (await bot.SendAsync("yes"))
            .AssertReply("When shall I check in each week for your KPI numbers? The default is Monday 09:00 (\u200EAsia/Tehran\u200E).")
            .WithSuggestedActions("Monday 09:00", "Change time zone");
        (await bot.SendAsync("Monday 09:00"))
            .AssertReply("Weekly check-in: Monday 09:00 (\u200EAsia/Tehran\u200E).")
            .AssertReplyContains("What will you A/B test first?");
        (await bot.SendAsync("Reels against carousels")).AssertReply("Control is set. KPI targets: 1; check-in every Monday at 09:00.");

        var state = await ObjectiveTestKit.StateAsync(_store);
        var control = TurnState.Of(state).Plan.Control;
        var profile = TurnState.Of(state).Profile;
        Assert.Equal((DayOfWeek.Monday, new TimeOnly(9, 0), "Asia/Tehran", "Reels against carousels"),
            (control.CheckInDay, control.CheckInTime, control.TimeZoneId, control.AbTestIdea));
        Assert.Equal(("Asia/Tehran", true), (profile.TimeZoneId, profile.TimeZoneConfirmed));
    }

    [Fact]
    public async Task ConfirmedTimeZone_IsNotAskedAgain_ButCanBeChangedFromTheSlotQuestion()
    {
        var plan = ObjectiveTestKit.PlanWithSituation();
        await ObjectiveTestKit.SeedAsync(_store, plan);
        var state = await ObjectiveTestKit.StateAsync(_store);
        TurnState.Of(state).UpdateProfile(_ => new UserProfile { TimeZoneId = "Asia/Tehran", TimeZoneConfirmed = true });
        await _store.SaveAsync(state, CancellationToken.None);
        var time = ObjectiveTestKit.Clock();
        var bot = new ConversationHarness(new ControlDialog(time, NullLogger.Instance, new CheckInOptions()), _store, time) { LocalTimezone = "Europe/Berlin" };

        (await bot.SendAsync("hi"))
            .AssertReplyContains("There are no objectives yet")
            .AssertReply("When shall I check in each week for your KPI numbers? The default is Monday 09:00 (\u200EAsia/Tehran\u200E).");
        (await bot.SendAsync("Change time zone")).AssertReplyContains("Which time zone should your check-ins use?");
        (await bot.SendAsync("berlin"))
            .AssertReply("Time zone set: \u200EEurope/Berlin\u200E.")
            .AssertReplyContains("The default is Monday 09:00 (\u200EEurope/Berlin\u200E).");
        (await bot.SendAsync("tue 5pm")).AssertReply("Weekly check-in: Tuesday 17:00 (\u200EEurope/Berlin\u200E).");

        var control = (await ObjectiveTestKit.PlanAsync(_store)).Control;
        Assert.Equal((DayOfWeek.Tuesday, new TimeOnly(17, 0), "Europe/Berlin"), (control.CheckInDay, control.CheckInTime, control.TimeZoneId));
    }

    [Fact]
    public async Task ZoneTheHostKeptFromTeams_IsOfferedEvenWhenThisMessageCarriesNone()
    {
        await ObjectiveTestKit.SeedAsync(_store, ObjectiveTestKit.PlanWithSituation());
        var state = await ObjectiveTestKit.StateAsync(_store);
        TurnState.Of(state).UpdateProfile(_ => new UserProfile { TimeZoneId = "Europe/Berlin" });
        await _store.SaveAsync(state, CancellationToken.None);
        var time = ObjectiveTestKit.Clock();
        var bot = new ConversationHarness(new ControlDialog(time, NullLogger.Instance, new CheckInOptions()), _store, time);

        (await bot.SendAsync("hi"))
            .AssertReplyContains("There are no objectives yet")
            .AssertReply("Teams says your time zone is \u200EEurope/Berlin\u200E (it's 10:00 there now). Shall I schedule your check-ins in it?");
        await bot.SendAsync("yes");

        Assert.True(TurnState.Of(await ObjectiveTestKit.StateAsync(_store)).Profile.TimeZoneConfirmed);
    }

    [Fact]
    public async Task PersianControl_FormulaWithPersianDigits_JalaliDeadline_AndTeamsZoneDeclined()
    {
        var bot = await ControlAsync("fa-IR", "Asia/Tehran");
        await bot.SendAsync("سلام");

        (await bot.SendAsync("نرخ تعامل"))
            .AssertReply("\u200Fنرخ تعامل بر اساس دسترسی = تعامل‌ها ÷ دسترسی × ۱۰۰ (مخرج کسر: دسترسی)\nعدد هدف برای نرخ تعامل بر اساس دسترسی چقدر است؟");
        (await bot.SendAsync("٪۴"))
            .AssertReply("\u200Fمهلت نرخ تعامل بر اساس دسترسی تا کی باشد؟ مهلت خود هدف ۹ تیر ۱۴۰۶ \u200F(\u200E30 June 2027\u200E)\u200F است: همان را بزنید یا تاریخ دیگری بنویسید.")
            .WithSuggestedActions("۹ تیر ۱۴۰۶");
        (await bot.SendAsync("پایان اسفند ۱۴۰۵"))
            .AssertReply("\u200F✓ نرخ تعامل بر اساس دسترسی: ۴٪ تا ۲۹ اسفند ۱۴۰۵ \u200F(\u200E20 March 2027\u200E)\u200F")
            .AssertReply("\u200Fطبق Teams منطقهٔ زمانی شما \u200EAsia/Tehran\u200E است (الان آنجا ساعت ۱۲:۳۰ است). گزارش‌های هفتگی را بر همین اساس تنظیم کنم؟");
        (await bot.SendAsync("نه")).AssertReplyContains("گزارش‌ها با کدام منطقهٔ زمانی تنظیم شوند؟");
        (await bot.SendAsync("تهران"))
            .AssertReply("\u200Fمنطقهٔ زمانی تنظیم شد: \u200EAsia/Tehran\u200E.")
            .AssertReply("\u200Fهر هفته چه روز و ساعتی برای گرفتن اعداد KPI سراغتان بیایم؟ پیش‌فرض دوشنبه ۰۹:۰۰ است (\u200EAsia/Tehran\u200E).")
            .WithSuggestedActions("دوشنبه ۰۹:۰۰", "تغییر منطقهٔ زمانی");
        (await bot.SendAsync("شنبه ساعت ۱۰:۳۰")).AssertReply("\u200Fگزارش هفتگی: شنبه ساعت ۱۰:۳۰ (\u200EAsia/Tehran\u200E).");

        var plan = await ObjectiveTestKit.PlanAsync(_store);
        Assert.Equal(new DateOnly(2027, 3, 20), Assert.Single(plan.Control.KpiTargets).Deadline);
        Assert.Equal((DayOfWeek.Saturday, new TimeOnly(10, 30)), (plan.Control.CheckInDay, plan.Control.CheckInTime));
    }

    [Fact]
    public async Task KpiDeadlineInThePast_IsRefused()
    {
        var bot = await ControlAsync("en-US", "Asia/Tehran");
        await bot.SendAsync("hi");
        await bot.SendAsync("reach");
        await bot.SendAsync("15000");

        (await bot.SendAsync("2026-10-01"))
            .AssertReply("1 October 2026 has already passed. Pick a date after today, for example 30 June 2027.")
            .AssertReply("By when for Reach? The objective's deadline is 30 June 2027: tap it, or type another date.");

        Assert.Equal(new DateOnly(2027, 6, 30), Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Control.KpiTargets).Deadline);
    }

    private async Task<ConversationHarness> ControlAsync(string locale, string timeZone)
    {
        var plan = ObjectiveTestKit.PlanWithSituation();
        plan = plan with { Objectives = [.. plan.Objectives, ObjectiveTestKit.SavedObjective(1)] };
        await ObjectiveTestKit.SeedAsync(_store, plan);
        var time = ObjectiveTestKit.Clock();
        return new ConversationHarness(new ControlDialog(time, NullLogger.Instance, new CheckInOptions()), _store, time) { Locale = locale, LocalTimezone = timeZone };
    }

    private static string Choices(JsonNode card) =>
        string.Join(',', card["body"]!.AsArray().First(e => e!["id"]?.GetValue<string>() == "answer")!["choices"]!.AsArray()
            .Select(c => c!["value"]!.GetValue<string>()));
}

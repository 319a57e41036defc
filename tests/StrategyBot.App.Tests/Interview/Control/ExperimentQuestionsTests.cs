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

public sealed class ExperimentQuestionsTests
{
    private readonly InMemoryStateStore _store = new();

    [Fact]
    public async Task Experiment_InEnglish_IsAskedFieldByFieldAndAnEndBeforeTheStartIsRefused()
    {
        var bot = await ControlAtTheSlotAsync("en-US");
        (await bot.SendAsync("Monday 09:00")).AssertReplyContains("Weekly check-in").AssertReplyContains("A/B test 1: what do you believe, and want to test?");

        (await bot.SendAsync("Reels with a face in the first second get more reach")).AssertReplyContains("Variant A of \"Reels with a face in the first second get more reach\": what is it?");
        (await bot.SendAsync("Face first")).AssertReplyContains("And variant B?");
        (await bot.SendAsync("Product shot first")).AsksCard("Which KPI decides between A and B?");
        (await bot.SendAsync("reach")).AsksCard("When does the test start?");
        (await bot.SendAsync("2026-12-01")).AsksCard("When does it end?");
        (await bot.SendAsync("2026-11-30"))
            .AssertReply("That is before it starts (1 December 2026). Please pick 1 December 2026 or later.")
            .AsksCard("When does it end?");
        (await bot.SendAsync("14 December 2026")).AssertReplyContains("Add another A/B test? You have 1 so far.");
        (await bot.SendAsync("no")).AssertReply("Control is set. KPI targets: 0; check-in every Monday at 09:00.");

        var experiment = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Control.Experiments);
        Assert.Equal(
            ("Reels with a face in the first second get more reach", "Face first", "Product shot first", KpiIds.Reach, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 14), ExperimentVerdict.Pending),
            (experiment.Hypothesis, experiment.VariantA, experiment.VariantB, experiment.MetricKpiId, experiment.Start, experiment.End, experiment.Verdict));
        Assert.NotEmpty(experiment.Id);
        Assert.Empty(experiment.Issues());
    }

    [Fact]
    public async Task Experiment_InPersian_TakesJalaliDatesWithPersianDigits()
    {
        var bot = await ControlAtTheSlotAsync("fa-IR");
        (await bot.SendAsync("دوشنبه ۰۹:۰۰")).AssertReplyContains("گزارش هفتگی").AssertReplyContains("آزمون A/B شمارهٔ ۱: چه فرضی دارید");

        (await bot.SendAsync("کپشن کوتاه تعامل بیشتری می‌گیرد")).AssertReplyContains("نسخهٔ A در «کپشن کوتاه تعامل بیشتری می‌گیرد» چیست؟");
        (await bot.SendAsync("کپشن یک‌خطی")).AssertReplyContains("و نسخهٔ B؟");
        (await bot.SendAsync("کپشن بلند")).AsksCard("کدام شاخص بین A و B داوری می‌کند؟");
        (await bot.SendAsync("دسترسی")).AsksCard("آزمون کی شروع می‌شود؟");
        (await bot.SendAsync("۱۰ آذر ۱۴۰۵")).AsksCard("کی تمام می‌شود؟");
        (await bot.SendAsync("۲۳ آذر ۱۴۰۵")).AssertReplyContains("آزمون A/B دیگری اضافه کنیم؟ تا الان ۱ آزمون دارید.");
        (await bot.SendAsync("نه")).AssertReplyContains("مرحلهٔ کنترل آماده است.");

        var experiment = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Control.Experiments);
        Assert.Equal(("کپشن یک‌خطی", "کپشن بلند", KpiIds.Reach, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 14)),
            (experiment.VariantA, experiment.VariantB, experiment.MetricKpiId, experiment.Start, experiment.End));
    }

    // A plan without objectives and a confirmed time zone: Control opens at the check-in slot.
    private async Task<ConversationHarness> ControlAtTheSlotAsync(string locale)
    {
        await ObjectiveTestKit.SeedAsync(_store, ObjectiveTestKit.PlanWithSituation());
        var state = await ObjectiveTestKit.StateAsync(_store);
        TurnState.Of(state).UpdateProfile(_ => new UserProfile { TimeZoneId = "Asia/Tehran", TimeZoneConfirmed = true });
        await _store.SaveAsync(state, CancellationToken.None);
        var time = ObjectiveTestKit.Clock();
        var bot = new ConversationHarness(new ControlDialog(time, NullLogger.Instance, new CheckInOptions()), _store, time) { Locale = locale };
        (await bot.SendAsync(locale == "fa-IR" ? "سلام" : "hi"))
            .AssertReplyContains(locale == "fa-IR" ? "هنوز هدفی ثبت نشده" : "There are no objectives yet")
            .AssertReplyContains(locale == "fa-IR" ? "هر هفته چه روز و ساعتی" : "When shall I check in each week");
        return bot;
    }
}

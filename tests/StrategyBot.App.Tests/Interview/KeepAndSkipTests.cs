using System.Text.Json;
using StrategyBot.App.Conversation;
using StrategyBot.App.Tests.Interview.Objectives;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Planning;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Interview;

/// <summary>
/// "keep" and "skip" mean the same at every question and card: "keep" keeps the saved answer, "skip" passes an
/// optional question, neither is ever saved as an answer; "same" at a repeated item's date is the date given before.
/// </summary>
public sealed class KeepAndSkipTests
{
    // Keeps Persian readable in the serialised plan, so a saved "همین بماند" would be found.
    private static readonly JsonSerializerOptions ReadableJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly InMemoryStateStore _store = new();

    // Text, choice, platforms, confirm, list, number (Situation); lists, choice lists, frequency, hashtags, hours,
    // currency, budget (Tactics); text and date (Action): each question answered "keep" ("add another?" too: keep
    // the items as they are), or "skip" where an optional question has nothing saved.
    [Theory]
    [InlineData("situation", "en-US")]
    [InlineData("tactics", "en-US")]
    [InlineData("action", "en-US")]
    [InlineData("situation", "fa-IR")]
    [InlineData("tactics", "fa-IR")]
    [InlineData("action", "fa-IR")]
    public async Task EditStep_KeepAtEveryQuestion_LeavesThePlanAsItWas(string step, string locale)
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.WholePlanAsync(bot);
        var persian = locale == "fa-IR";
        if (persian)
        {
            await bot.SendAsync("language fa");
        }

        var before = Json(await bot.PlanAsync());
        var (keep, skip, nothing, done) = persian
            ? ("همین بماند", "رد کن", "هنوز پاسخی برای این سؤال ثبت نشده", "به‌روز شد")
            : ("keep", "skip", "There's no earlier answer to keep", "updated.");

        var turn = await bot.SendAsync((persian ? "ویرایش " : "edit ") + step);
        for (var turns = 0; !Visible(turn).Contains(done, StringComparison.Ordinal); turns++)
        {
            Assert.True(turns < 40, bot.Transcript);
            turn = await bot.SendAsync(Visible(turn).Contains(nothing, StringComparison.Ordinal) ? skip : keep);
        }

        var after = Json(await bot.PlanAsync());
        Assert.Equal(before, after);
        Assert.DoesNotContain("\"" + keep, after, StringComparison.Ordinal);
        Assert.DoesNotContain("\"" + skip, after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActionDueDate_SameAtTheSecondAction_IsTheFirstActionsDate()
    {
        var bot = InterviewHarness.Create();
        await bot.SeedAsync(SamplePlan.ThroughTactics());
        await InterviewScript.AnswerAllAsync(bot, ["hi", "Publish 3 reels", "Sara", "2027-03-20", "yes", "Launch the Nowruz campaign", "Reza"]);

        (await bot.SendAsync("same")).Says("Add another action? You have 2 so far.");

        Assert.Equal([new DateOnly(2027, 3, 20), new DateOnly(2027, 3, 20)], (await bot.PlanAsync()).Actions.Select(a => a.Due!.Value));
    }

    [Theory]
    [InlineData("همان")]
    [InlineData("همون")]
    [InlineData("همان تاریخ")]
    public async Task ActionDueDate_PersianSameAtTheSecondAction_IsTheFirstActionsDate(string same)
    {
        var bot = InterviewHarness.Create(locale: "fa-IR");
        await bot.SeedAsync(SamplePlan.ThroughTactics());
        await InterviewScript.AnswerAllAsync(bot, ["سلام", "انتشار ۳ ریلز", "سارا", "۱۵ فروردین ۱۴۰۶", "بله", "کمپین نوروز", "رضا"]);

        (await bot.SendAsync(same)).Says("اقدام دیگری اضافه کنیم؟ تا الان ۲ اقدام دارید.");

        var actions = (await bot.PlanAsync()).Actions;
        Assert.Equal(actions[0].Due, actions[1].Due);
    }

    [Fact]
    public async Task ActionDueDate_SameDateWithADateAlreadyGiven_KeepsThatDate()
    {
        var bot = InterviewHarness.Create();
        var plan = SamplePlan.Finished();
        plan = plan with { Actions = [.. plan.Actions, new ActionItem { What = "Launch the Nowruz campaign", Owner = "Reza", Due = new DateOnly(2027, 3, 15) }] };
        await bot.SeedAsync(plan);
        await InterviewScript.AnswerAllAsync(bot, ["edit action", "keep", "keep", "keep", "keep", "keep"]);

        (await bot.SendAsync("same date")).Says("Add another action? You have 2 so far.");
        (await bot.SendAsync("keep")).Says("Instagram: what's your weekly rhythm?");
        await InterviewScript.AnswerAllAsync(bot, ["skip", "skip"]);
        (await bot.SendAsync("skip")).Says("✓ Action updated.");

        Assert.Equal([new DateOnly(2027, 1, 15), new DateOnly(2027, 3, 15)], (await bot.PlanAsync()).Actions.Select(a => a.Due!.Value));
    }

    [Fact]
    public async Task ActionDueDate_SameAtTheFirstAction_SaysThereIsNothingToKeep()
    {
        var bot = InterviewHarness.Create();
        await bot.SeedAsync(SamplePlan.ThroughTactics());
        await InterviewScript.AnswerAllAsync(bot, ["hi", "Publish 3 reels", "Sara"]);

        (await bot.SendAsync("same")).Says("There's no earlier answer to keep").AsksCard("When is \"Publish 3 reels\" due?").AssertNoMoreReplies();

        Assert.Null((await bot.PlanAsync()).Actions[0].Due);
    }

    [Fact]
    public async Task QuestionCard_KeepTypedIntoItsInput_KeepsTheSavedAnswer()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.WholePlanAsync(bot);
        var tactics = (await bot.SendAsync("edit tactics")).Form();

        // The pillars are the first field of the platform's tactics form; its other fields are saved as the card shows them.
        (await bot.SaveFormAsync(tactics, ("tactic.pillars", "keep"))).Form();

        Assert.Equal(["Recipes", "behind the scenes", "offers"], (await bot.PlanAsync()).Tactics.PlatformTactics[0].ContentPillars);
    }

    // The Control step's own cards and questions, with the real Control dialog: the KPI card, a KPI's target and
    // deadline, the check-in slot and the A/B test.
    [Theory]
    [InlineData("en-US", "keep")]
    [InlineData("fa-IR", "همین بماند")]
    public async Task EditControl_KeepAtTheKpiCardAndEveryQuestion_LeavesControlAsItWas(string locale, string keep)
    {
        var bot = await FinishedPlanAsync(locale);
        var before = Json(await ObjectiveTestKit.PlanAsync(_store));
        (await bot.SendAsync(locale == "fa-IR" ? "ویرایش کنترل" : "edit control"))
            .Says(locale == "fa-IR" ? "بیایید کنترل را ویرایش کنیم." : "Let's edit Control.")
            .Says(locale == "fa-IR" ? "کنترل. برای هر هدف" : "Control. For each objective")
            .AsksCard(locale == "fa-IR" ? "کدام KPIها" : "Which KPIs will track");

        var turn = await bot.SendAsync(keep);
        turn.Says(locale == "fa-IR" ? "هر هفته چه روز و ساعتی" : "When shall I check in each week");
        (await bot.SendAsync(keep)).Says(locale == "fa-IR" ? "آزمون A/B شمارهٔ ۱" : "A/B test 1: what do you believe");
        (await bot.SendAsync(keep)).Says(locale == "fa-IR" ? "مرحلهٔ کنترل آماده است." : "Control is set.");

        Assert.Equal(before, Json(await ObjectiveTestKit.PlanAsync(_store)));
    }

    [Fact]
    public async Task EditControl_KeepAtAKpisTargetAndDeadline_KeepsThem()
    {
        var bot = await FinishedPlanAsync("en-US");
        await bot.SendAsync("edit control");

        (await bot.SendAsync("reach")).Says("What's the target for Reach?");
        (await bot.SendAsync("keep")).Says("By when for Reach?");
        (await bot.SendAsync("keep")).AssertReply("✓ Reach: 20 by 1 September 2027");

        var target = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Control.KpiTargets);
        Assert.Equal((20m, new DateOnly(2027, 9, 1)), (target.Target, target.Deadline));
    }

    [Theory]
    [InlineData("skip")]
    [InlineData("keep")]
    [InlineData("رد کن")]
    [InlineData("همان")]
    public async Task AbTest_KeepOrSkip_KeepsTheIdeaAndIsNeverSavedAsIt(string word)
    {
        var bot = await FinishedPlanAsync("en-US");
        await InterviewScript.AnswerAllAsync(bot, ["edit control", "keep", "keep"]);

        (await bot.SendAsync(word)).Says("Control is set.");

        var control = (await ObjectiveTestKit.PlanAsync(_store)).Control;
        Assert.Equal("Reels against carousels", control.AbTestIdea);
        Assert.Empty(control.Experiments);
    }

    [Fact]
    public async Task ObjectivesMenu_Keep_KeepsTheObjectivesAsTheyAre()
    {
        var bot = await FinishedPlanAsync("en-US");
        (await bot.SendAsync("edit objectives")).Says("Let's edit Objectives.").Says("1. Grow reach").Says("What would you like to do with them?");

        (await bot.SendAsync("keep")).Says("✓ Objectives updated.");

        Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
    }

    [Theory]
    [InlineData("en-US", "no change", "Now, back to where we were.")]
    [InlineData("fa-IR", "همین بماند", "خب، برگردیم سر جایی که بودیم.")]
    public async Task SmartCoaching_AnyKeepWordAtResources_KeepsTheObjectiveAsItIsWithNoExceptionRecorded(string locale, string keep, string back)
    {
        await ObjectiveTestKit.SeedAsync(_store, ObjectiveTestKit.PlanWithSituation());
        var bot = ObjectiveTestKit.Interview(_store, ObjectiveTestKit.Clock(), locale);
        await bot.SendAsync("hi");
        await bot.SendAsync(locale == "fa-IR" ? "هدف: افزایش ۲۰٪ دسترسی اینستاگرام تا پایان خرداد" : "goal: grow Instagram reach 20% by June");

        (await bot.SendAsync(keep)).Says(back);

        // Resources are coaching, not a condition of Attainable: nothing is kept "anyway", and the keep word is no resource.
        var objective = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
        Assert.Null(objective.Resources);
        Assert.Empty(objective.KeptWithout);
        Assert.True(objective.Smart!.Attainable);
    }

    private static string Visible(HarnessTurn turn) => string.Join('\n', turn.Replies.Select(ReplyAssert.Visible));

    private static string Json(MarketingPlan plan) => JsonSerializer.Serialize(plan, ReadableJson);

    private async Task<ConversationHarness> FinishedPlanAsync(string locale)
    {
        await ObjectiveTestKit.SeedAsync(_store, SamplePlan.Finished());
        var state = await ObjectiveTestKit.StateAsync(_store);
        TurnState.Of(state).UpdateProfile(profile => profile with { TimeZoneId = "Asia/Tehran", TimeZoneConfirmed = true });
        await _store.SaveAsync(state, CancellationToken.None);
        return ObjectiveTestKit.RealInterview(_store, ObjectiveTestKit.Clock(), locale);
    }
}

using StrategyBot.App.Interview.Objectives;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.Interview.Objectives;

public sealed class QuickCaptureDialogTests
{
    private readonly InMemoryStateStore _store = new();

    [Fact]
    public async Task BeforeTheInterview_NoBaselineKnown_AsksForItThenReturnsToTheQuestion()
    {
        var bot = ObjectiveTestKit.Interview(_store, ObjectiveTestKit.Clock());
        (await bot.SendAsync("hi")).AssertReply(StandInInterviewDialog.BusinessQuestion);

        (await bot.SendAsync("goal: grow Instagram reach 20% by March"))
            .AssertReply("Got it! I'll add that as a draft objective and check it.")
            .AssertReply("SMART check: \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E\nAll five criteria pass. 🎯")
            .AssertReply("What's today's figure for reach on Instagram? Send a number; if you're starting from scratch, send 0. Don't know it yet? Say \"skip\": the first check-in gives it.")
            .AssertNoMoreReplies();
        (await bot.SendAsync("12,000"))
            .AssertReply("Objective 1 saved ✓ \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E")
            .AssertReply("What's behind it? Budget, people, posts per week, tools.");
        (await bot.SendAsync("with 3 reels a week"))
            .AssertReply("Shall I retitle the objective with what we agreed?\nGrow Instagram reach from 12,000 to 14,400 a week by 31 March 2027\nTap it to use it, or type your own title.");
        (await bot.SendAsync("Instagram reach +20% by March"))
            .AssertReply("Now, back to where we were.")
            .AssertReply(StandInInterviewDialog.BusinessQuestion)
            .AssertNoMoreReplies();
        (await bot.SendAsync("Leather bags")).AssertReply(StandInInterviewDialog.AudienceQuestion);

        var objective = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
        Assert.Equal("Instagram reach +20% by March", objective.Text);
        Assert.Equal((ObjectiveMetric.Reach, 12_000m, 20m, TargetUnit.Percent, new DateOnly(2027, 3, 31)),
            (objective.Metric, objective.Baseline, objective.Target, objective.Unit, objective.Deadline));
    }

    [Fact]
    public async Task DuringTheInterview_PersianCapture_UsesTheSituationBaselineAndReturnsToTheSameQuestion()
    {
        await ObjectiveTestKit.SeedAsync(_store, ObjectiveTestKit.PlanWithSituation());
        var bot = ObjectiveTestKit.Interview(_store, ObjectiveTestKit.Clock(), "fa-IR");
        await bot.SendAsync("سلام");
        (await bot.SendAsync("کیف چرمی")).AssertReply(StandInInterviewDialog.AudienceQuestion);

        (await bot.SendAsync("هدف: افزایش ۲۰٪ دسترسی اینستاگرام تا پایان خرداد"))
            .AssertReply("\u200Fگرفتم! این را به‌عنوان پیش‌نویس یک هدف اضافه می‌کنم و بررسی‌اش می‌کنم.")
            .AssertReply(t => t.StartsWith("\u200Fبررسی SMART: \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E", StringComparison.Ordinal))
            .AssertReply("\u200Fهدف ۱ ذخیره شد ✓ \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E")
            .AssertReply("\u200Fچه منابعی پشت این هدف است؟ بودجه، نیرو، تعداد پست در هفته، ابزارها.")
            .WithSuggestedActions("همین‌طور نگهش دار");
        (await bot.SendAsync("همین‌طور نگهش دار"))
            .AssertReply("\u200Fخب، برگردیم سر جایی که بودیم.")
            .AssertReply(StandInInterviewDialog.AudienceQuestion)
            .AssertNoMoreReplies();
        (await bot.SendAsync("زنان ۲۵ تا ۴۰ ساله")).AssertReply("Interview done.");

        var objective = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
        Assert.Equal((12_000m, 14_400m, new DateOnly(2027, 6, 21)), (objective.Baseline, objective.ResolvedTarget(), objective.Deadline));
    }

    [Fact]
    public async Task PlanAlreadyHasFiveObjectives_SaysSoKindly_AndReturns()
    {
        var plan = ObjectiveTestKit.PlanWithSituation();
        plan = plan with { Objectives = [.. plan.Objectives, .. Enumerable.Range(1, 5).Select(ObjectiveTestKit.SavedObjective)] };
        await ObjectiveTestKit.SeedAsync(_store, plan);
        var bot = ObjectiveTestKit.Interview(_store, ObjectiveTestKit.Clock());
        await bot.SendAsync("hi");

        (await bot.SendAsync("goal: double LinkedIn followers by June"))
            .AssertReply("Thanks for the idea! Your plan already has 5 objectives, the most it can hold, so I haven't added this one. "
                + "If it matters more than one of them, edit your objectives and swap it in.")
            .AssertReply(StandInInterviewDialog.BusinessQuestion)
            .AssertNoMoreReplies();

        Assert.Equal(5, (await ObjectiveTestKit.PlanAsync(_store)).Objectives.Count);
    }

    [Fact]
    public async Task GoalTypedInsideAQuickCapture_IsAnAnswerNotASecondCapture()
    {
        var bot = ObjectiveTestKit.Interview(_store, ObjectiveTestKit.Clock());
        await bot.SendAsync("hi");
        await bot.SendAsync("goal: grow Instagram followers by 20% by March");

        (await bot.SendAsync("goal: 3,000"))
            .AssertReply(t => t.StartsWith("Objective 1 saved", StringComparison.Ordinal));

        Assert.Equal(3_000m, Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives).Baseline);
    }

    [Fact]
    public async Task TryBeginQuickCapture_OrdinaryMessage_LeavesTheTurnToTheActiveDialog()
    {
        var bot = ObjectiveTestKit.Interview(_store, ObjectiveTestKit.Clock());
        await bot.SendAsync("hi");

        (await bot.SendAsync("We sell goals: football goals")).AssertReply(StandInInterviewDialog.AudienceQuestion);

        Assert.Empty((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
    }

    [Theory]
    [InlineData("goal: grow Instagram reach 20% by March", true)]
    [InlineData("Objective: 500 leads by June", true)]
    [InlineData("هدف: افزایش ۲۰٪ دسترسی اینستاگرام تا پایان خرداد", true)]
    [InlineData("goal:", false)]
    [InlineData("our goal is growth", false)]
    public void IsQuickCapture_Message_RecognisesThePrefixWithText(string text, bool expected)
    {
        var result = ObjectiveDialogs.IsQuickCapture(text);

        Assert.Equal(expected, result);
    }

    [Fact]
    public void Register_AddsTheThreeDialogsTheRootBegins()
    {
        var dialogs = new DialogSet();

        ObjectiveDialogs.Register(dialogs, ObjectiveTestKit.Clock(), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, new StrategyBot.App.CheckIns.CheckInOptions());

        Assert.Equal(["objectives", "control", "quickCapture"], dialogs.Dialogs.Select(d => d.Id));
        Assert.Equal(
            [ObjectiveDialogs.ObjectivesId, ObjectiveDialogs.ControlId, ObjectiveDialogs.QuickCaptureId],
            dialogs.Dialogs.Select(d => d.Id));
    }

    [Fact]
    public async Task NonMessageActivity_IsNeverACapture()
    {
        var bot = ObjectiveTestKit.Interview(_store, ObjectiveTestKit.Clock());
        await bot.SendAsync("hi");

        var turn = await bot.SendActivityAsync(new Activity { Type = ActivityTypes.ConversationUpdate, Text = "goal: 100 leads by May" });

        turn.AssertNoReply();
        Assert.Empty((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
    }
}

using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.Interview;

/// <summary>status, summary, help, language and edit.</summary>
public sealed partial class PlanInterviewDialogTests
{
    [Fact]
    public async Task Status_MidInterview_TicksTheDoneStepsAndAsksAgain()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.ThroughSituationAsync(bot);

        var turn = await bot.SendAsync("status");

        turn.SaysAll("Your plan: 1 of 6 steps done.", "✓ 1. Situation", "▶ 2. Objectives (we're here)", "○ 3. Strategy", "○ 6. Control")
            .Says(FakeObjectivesDialog.Question).AssertNoMoreReplies();
    }

    [Fact]
    public async Task Summary_MidInterview_ShowsTheSummaryCardAndAsksAgain()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.AnswerAllAsync(bot, ["hi", "A bakery"]);

        var turn = await bot.SendAsync("show my plan");

        turn.ShowsSummaryCard().Says("What do you sell?").AssertNoMoreReplies();
    }

    [Fact]
    public async Task Help_SaysWhatTheStepIsAndWhyItMatters()
    {
        var bot = InterviewHarness.Create(locale: "fa-IR");
        await bot.SendAsync("سلام");

        var turn = await bot.SendAsync("راهنما");

        turn.SaysAll("**تحلیل موقعیت** (مرحلهٔ ۱ از ۶)", "چرا مهم است", "**برگرد**", "**ویرایش**")
            .Says("در یکی دو جمله از کسب‌وکارتان بگویید").AssertNoMoreReplies();
    }

    [Fact]
    public async Task Language_Switched_ConfirmsInTheNewLanguageAndAsksTheSameQuestionInIt()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.AnswerAllAsync(bot, ["hi", "A bakery", "Cakes", "Parties", "Busy Sara"]);

        (await bot.SendAsync("language")).Says("حتماً! از این به بعد فارسی صحبت می‌کنیم.").AsksCard("Busy Sara در چه بازهٔ سنی است؟").AssertNoMoreReplies();
        Assert.Equal(Language.Persian, TurnState.Of(await bot.StateAsync()).Profile.LanguageChoice);
        (await bot.SendAsync("۲")).AsksCard("Busy Sara از کدام پلتفرم‌ها استفاده می‌کند؟");
        (await bot.SendAsync("language en")).Says("Done! I'll speak English from now on.").AsksCard("Which platforms does Busy Sara use?");

        Assert.Equal("18-24", (await bot.PlanAsync()).Situation.Personas[0].AgeBand);
        Assert.Equal(Language.English, TurnState.Of(await bot.StateAsync()).Profile.LanguageChoice);
    }

    [Fact]
    public async Task Edit_AfterTheWholePlan_ShowsEachAnswerToKeepOrChangeAndEndsWithTheSummary()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.WholePlanAsync(bot);

        (await bot.SendAsync("edit strategy")).Says("Let's edit Strategy.").AsksCard("Current answer: Instagram and Telegram.");
        (await bot.SendAsync("keep")).SaysAll("How will you split your effort", "Current answer: 70% content / 30% paid.");
        (await bot.SendAsync("60/40")).SaysAll("What makes your brand different", "Current answer: Cakes baked the same morning.");
        var turn = await bot.SendAsync("همین بماند");

        turn.Says("✓ Strategy updated.").ShowsSummaryCard().AssertNoMoreReplies();
        var strategy = (await bot.PlanAsync()).Strategy;
        Assert.Equal([Platform.Instagram, Platform.Telegram], strategy.Platforms);
        Assert.Equal((60m, 40m, "Cakes baked the same morning"), (strategy.ContentPercent!.Value, strategy.PaidPercent!.Value, strategy.Differentiator));
    }

    [Fact]
    public async Task Edit_MidInterview_ReturnsToTheQuestionTheUserWasOn()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.ThroughStrategyAsync(bot);

        (await bot.SendAsync("ویرایش استراتژی")).Says("Let's edit Strategy.").AsksCard("Which platforms will you focus on?");
        await InterviewScript.AnswerAllAsync(bot, ["keep", "keep"]);
        var turn = await bot.SendAsync("Cakes baked at dawn");

        turn.Says("✓ Strategy updated.").AsksCard("Instagram: what are your content pillars").AssertNoMoreReplies();
        Assert.Equal("Cakes baked at dawn", (await bot.PlanAsync()).Strategy.Differentiator);
    }

    [Fact]
    public async Task Edit_WithoutAStep_AsksWhichStep()
    {
        var bot = InterviewHarness.Create();
        await bot.SendAsync("hi");

        var turn = await bot.SendAsync("edit");

        turn.Says("Which step would you like to edit?").Says("Tell me about your business").AssertNoMoreReplies();
    }

    [Fact]
    public async Task SummaryCardEditButton_OpensThatStep()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.WholePlanAsync(bot);

        var turn = await bot.SubmitAsync(new System.Text.Json.Nodes.JsonObject { ["action"] = "edit", ["step"] = "action" });

        turn.Says("Let's edit Action.").SaysAll("Action 1: what needs to be done?", "Current answer: Publish 3 reels about the new menu.").AssertNoMoreReplies();
    }
}

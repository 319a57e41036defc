using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Interview;

/// <summary>back, skip and keep.</summary>
public sealed partial class PlanInterviewDialogTests
{
    [Fact]
    public async Task Back_AfterAnAnswer_AsksThePreviousQuestionShowingTheSavedAnswer()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.AnswerAllAsync(bot, ["hi", "A family bakery", "Cakes"]);

        (await bot.SendAsync("back")).SaysAll("What do you sell?", "Current answer: Cakes.").AssertNoMoreReplies();
        Assert.Equal("Cakes", (await bot.PlanAsync()).Situation.ProductsAndServices);
        (await bot.SendAsync("برگرد")).SaysAll("Tell me about your business", "Current answer: A family bakery.");
        (await bot.SendAsync("keep")).Says("What do you sell?");
        (await bot.SendAsync("Cakes and cookies")).Says("Which customer needs");

        var situation = (await bot.PlanAsync()).Situation;
        Assert.Equal(("A family bakery", "Cakes and cookies"), (situation.BusinessDescription, situation.ProductsAndServices));
    }

    [Fact]
    public async Task Back_AtTheVeryFirstQuestion_SaysThereIsNothingBeforeIt()
    {
        var bot = InterviewHarness.Create();
        await bot.SendAsync("hi");

        var turn = await bot.SendAsync("back");

        turn.Says("This is the very first question").Says("Tell me about your business").AssertNoMoreReplies();
    }

    [Fact]
    public async Task Back_AtTheFirstQuestionOfAStep_PointsToEditingTheStepBefore()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.ThroughSituationAsync(bot);
        await bot.SendAsync("Grow reach");

        var turn = await bot.SendAsync("previous");

        turn.Says("This is the first question of Strategy. To change an earlier step, say \"edit objectives\".")
            .AsksCard("Which platforms will you focus on?").AssertNoMoreReplies();
    }

    [Fact]
    public async Task Back_AcrossALoop_ReturnsToTheLastQuestionOfThePreviousItem()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.AnswerAllAsync(bot, ["hi", "A bakery", "Cakes", "Parties", "Sara", "25-34", "Instagram", "No time", "Recipes", "yes"]);

        (await bot.SendAsync("back")).Says("Add another persona? You have 1 of 3.");
        (await bot.SendAsync("yes")).Says("Persona 2");
        (await bot.SendAsync("Reza, a student")).AsksCard("How old is Reza?");

        Assert.Equal(["Sara", "Reza, a student"], (await bot.PlanAsync()).Situation.Personas.Select(p => p.Name));
    }

    [Fact]
    public async Task Skip_OnARequiredQuestion_SaysWhyAndAsksAgain()
    {
        var bot = InterviewHarness.Create();
        await bot.SendAsync("hi");

        var turn = await bot.SendAsync("skip");

        turn.Says("This question can't be skipped. The rest of the plan builds on it.").Says("Tell me about your business").AssertNoMoreReplies();
        Assert.Null((await bot.PlanAsync()).Situation.BusinessDescription);
    }

    [Fact]
    public async Task Skip_OnAnOptionalQuestion_MovesOnAndSavesNothing()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.AnswerAllAsync(bot, ["hi", .. PlanAnswers.SituationEnglish[..9]]);

        var turn = await bot.SendAsync("رد کن");

        turn.AsksCard("SWOT, part 1 of 4").AssertNoMoreReplies();
        Assert.Empty((await bot.PlanAsync()).Situation.Competitors);
    }

    [Fact]
    public async Task Keep_WithNoEarlierAnswer_SaysThereIsNothingToKeep()
    {
        var bot = InterviewHarness.Create();
        await bot.SendAsync("hi");

        var turn = await bot.SendAsync("keep");

        turn.Says("There's no earlier answer to keep").Says("Tell me about your business").AssertNoMoreReplies();
    }
}

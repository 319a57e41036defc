using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Interview;

/// <summary>Answers that cannot be taken, and answers given on a card.</summary>
public sealed partial class PlanInterviewDialogTests
{
    [Fact]
    public async Task BadAnswers_GetASpecificFixAndLoseNothingAlreadySaved()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.AnswerAllAsync(bot, ["hi", "A family bakery"]);

        (await bot.SendAsync("🎂🎉")).SaysAll("Emoji are fun 🙂 but I need a few words here.", "What do you sell?").AssertNoMoreReplies();
        (await bot.SendAsync(new string('x', 10_000))).SaysAll("That's 10,000 characters; please keep it under 1,000.", "What do you sell?");
        (await bot.SendAsync("   ")).SaysAll("I didn't get any text there.", "What do you sell?");
        var situation = (await bot.PlanAsync()).Situation;
        Assert.Equal("A family bakery", situation.BusinessDescription);
        Assert.Null(situation.ProductsAndServices);

        (await bot.SendAsync("Cakes")).Says("Which customer needs");
        Assert.Equal("Cakes", (await bot.PlanAsync()).Situation.ProductsAndServices);
    }

    [Fact]
    public async Task BadNumbers_GetASpecificFix()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.AnswerAllAsync(bot, ["hi", .. PlanAnswers.SituationEnglish[..16]]);

        (await bot.SendAsync("lots")).Says("Please send a number, like 12500, ۱۲۵۰۰ or 12k.");
        (await bot.SendAsync("-5")).Says("Please send a number between 0 and 10,000,000,000.");
        (await bot.SendAsync("Instagram, Myspace")).Says("Please send a number");
        (await bot.SendAsync("1.2k")).AsksCard("weekly reach on Instagram");

        Assert.Equal(1200L, (await bot.PlanAsync()).Situation.Presence[0].Followers);
    }

    [Fact]
    public async Task CardSubmit_AnswersTheQuestionLikeTyping()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.AnswerAllAsync(bot, ["hi", "A bakery", "Cakes", "Parties"]);
        var ageCard = (await bot.SendAsync("Sara")).Replies[0];

        var turn = await bot.SubmitAsync(ReplyAssert.Submit(ageCard, "35-44"));

        turn.AsksCard("Which platforms does Sara use?").AssertNoMoreReplies();
        Assert.Equal("35-44", (await bot.PlanAsync()).Situation.Personas[0].AgeBand);
    }

    [Theory]
    [InlineData("29", "25-34")]
    [InlineData("۲۹", "25-34")]
    [InlineData("16", "under-18")]
    [InlineData("70", "65+")]
    [InlineData("3", "25-34")]
    public async Task PersonaAge_TypedAsAnAge_IsItsBandWhileSmallNumbersStayPositions(string typed, string band)
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.AnswerAllAsync(bot, ["hi", "A bakery", "Cakes", "Parties"]);
        (await bot.SendAsync("Sara")).AsksCard("How old is Sara?");

        (await bot.SendAsync(typed)).AsksCard("Which platforms does Sara use?");

        Assert.Equal(band, (await bot.PlanAsync()).Situation.Personas[0].AgeBand);
    }

    [Fact]
    public async Task StaleCard_AnsweredAgainLater_IsNotTakenForTheCurrentQuestion()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.AnswerAllAsync(bot, ["hi", "A bakery", "Cakes", "Parties"]);
        var ageCard = (await bot.SendAsync("Sara")).Replies[0];
        await bot.SendAsync("25-34");

        var turn = await bot.SubmitAsync(ReplyAssert.Submit(ageCard, "55-64"));

        turn.Says("That card belongs to an earlier question.").AsksCard("Which platforms does Sara use?").AssertNoMoreReplies();
        Assert.Equal("25-34", (await bot.PlanAsync()).Situation.Personas[0].AgeBand);
        Assert.Empty((await bot.PlanAsync()).Situation.Personas[0].Platforms);
    }

    [Fact]
    public async Task PlanDocument_AfterEveryTurn_HoldsTheAnswerJustGiven()
    {
        var bot = InterviewHarness.Create();
        await bot.SendAsync("hi");

        foreach (var answer in PlanAnswers.SituationEnglish)
        {
            await bot.SendAsync(answer);

            var document = (await bot.StateAsync()).Get("plan")!.ToJsonString(new System.Text.Json.JsonSerializerOptions
            {
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            });
            Assert.Contains(StoredForm(answer), document, StringComparison.Ordinal);
        }
    }

    // Platforms, numbers and age bands are stored in their own form; "no" and "skip" store nothing of their own.
    private static string StoredForm(string answer) => answer switch
    {
        "no" or "skip" => "\"situation\"",
        "Instagram, Telegram" => "\"Instagram\",\"Telegram\"",
        _ => answer,
    };
}

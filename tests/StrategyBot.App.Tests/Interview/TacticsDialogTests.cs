using StrategyBot.Domain.Planning;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Interview;

public sealed class TacticsDialogTests
{
    // Everything in Tactics before the budget: two platforms of three questions each, then the community questions.
    private static readonly string[] BeforeBudget = PlanAnswers.TacticsEnglish[..13];

    [Theory]
    [InlineData("90 million toman")]
    [InlineData("۹۰ میلیون تومان")]
    [InlineData("90,000,000")]
    [InlineData("ninety million")]
    public async Task BudgetTotal_WithAMagnitude_IsReadInFull(string answer)
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.ThroughStrategyAsync(bot);
        await InterviewScript.AnswerAllAsync(bot, BeforeBudget);
        (await bot.SendAsync("Toman")).AsksCard("How will you split the ad budget");
        (await bot.SendAsync("Instagram paid 80, Telegram paid 20")).AsksCard("What's your total ad budget for this plan, in Toman (IRT)?");

        (await bot.SendAsync(answer)).Says("✓ Tactics is done.");

        Assert.Equal([72_000_000m, 18_000_000m], (await bot.PlanAsync()).Tactics.Budget.Lines.Select(l => l.Amount!.Value));
    }

    [Theory]
    [InlineData("Yes, 90,000,000 toman", 72_000_000, 18_000_000)]
    [InlineData("yes", 72_000_000, 18_000_000)]
    [InlineData("No, 90 toman is right", 72, 18)]
    public async Task BudgetTotal_ImplausiblySmall_AsksWhetherAMillionWasMeant(string answer, decimal instagram, decimal telegram)
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.ThroughStrategyAsync(bot);
        await InterviewScript.AnswerAllAsync(bot, BeforeBudget);
        (await bot.SendAsync("Toman")).AsksCard("How will you split the ad budget");
        (await bot.SendAsync("Instagram paid 80, Telegram paid 20")).AsksCard("What's your total ad budget for this plan, in Toman (IRT)?");

        (await bot.SendAsync("90")).Says("A total of 90 toman is very small for ads. Did you mean 90,000,000 toman?");
        (await bot.SendAsync(answer)).Says("✓ Tactics is done.");

        Assert.Equal([instagram, telegram], (await bot.PlanAsync()).Tactics.Budget.Lines.Select(l => l.Amount!.Value));
    }

    [Fact]
    public async Task BudgetTotal_ImplausiblySmallInPersian_AsksInPersianWithPersianDigits()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.ThroughStrategyAsync(bot);
        await InterviewScript.AnswerAllAsync(bot, BeforeBudget);
        (await bot.SendAsync("Toman")).AsksCard("How will you split the ad budget");
        (await bot.SendAsync("Instagram paid 80, Telegram paid 20")).AsksCard("What's your total ad budget");
        (await bot.SendAsync("language")).Says("فارسی");

        (await bot.SendAsync("۹۰")).Says("کل بودجهٔ ۹۰ تومان برای تبلیغات خیلی کم است. منظورتان ۹۰٬۰۰۰٬۰۰۰ تومان بود؟");
        (await bot.SendAsync("بله، ۹۰٬۰۰۰٬۰۰۰ تومان")).Says("تاکتیک‌ها");

        Assert.Equal([72_000_000m, 18_000_000m], (await bot.PlanAsync()).Tactics.Budget.Lines.Select(l => l.Amount!.Value));
    }

    [Fact]
    public async Task BudgetTotal_DotGroupedThousands_AsksWhichReadingWasMeant()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.ThroughStrategyAsync(bot);
        await InterviewScript.AnswerAllAsync(bot, BeforeBudget);
        (await bot.SendAsync("Toman")).AsksCard("How will you split the ad budget");
        (await bot.SendAsync("Instagram paid 80, Telegram paid 20")).AsksCard("What's your total ad budget");

        (await bot.SendAsync("90.000 toman"))
            .AssertReply("Did you mean 90,000 toman or 90 toman? Tap the one you meant, or type it again.")
            .WithSuggestedActions("90,000 toman", "90 toman")
            .AssertNoMoreReplies();
        Assert.All((await bot.PlanAsync()).Tactics.Budget.Lines, l => Assert.Null(l.Amount));
        (await bot.SendAsync("90 million toman")).Says("✓ Tactics is done.");

        Assert.Equal([72_000_000m, 18_000_000m], (await bot.PlanAsync()).Tactics.Budget.Lines.Select(l => l.Amount!.Value));
    }

    [Fact]
    public async Task BudgetTotal_DecimalCommaInPersian_AsksWhichReadingWasMeantInPersian()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.ThroughStrategyAsync(bot);
        await InterviewScript.AnswerAllAsync(bot, BeforeBudget);
        (await bot.SendAsync("Toman")).AsksCard("How will you split the ad budget");
        (await bot.SendAsync("Instagram paid 80, Telegram paid 20")).AsksCard("What's your total ad budget");
        (await bot.SendAsync("language")).Says("فارسی");

        (await bot.SendAsync("۱,۵ میلیارد"))
            .AssertReply("\u200Fمنظورتان ۱٫۵ میلیارد بود یا ۱۵ میلیارد؟ یکی را انتخاب کنید یا دوباره بنویسید.")
            .WithSuggestedActions("۱٫۵ میلیارد", "۱۵ میلیارد");
        (await bot.SendAsync("۱٫۵ میلیارد")).Says("تاکتیک‌ها");

        Assert.Equal([1_200_000_000m, 300_000_000m], (await bot.PlanAsync()).Tactics.Budget.Lines.Select(l => l.Amount!.Value));
    }

    [Fact]
    public async Task BudgetSplit_NotAddingUpTo100_IsAskedAgainWithTheExactRemainder()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.ThroughStrategyAsync(bot);
        await InterviewScript.AnswerAllAsync(bot, BeforeBudget);
        (await bot.SendAsync("Toman")).AsksCard("How will you split the ad budget");

        (await bot.SendAsync("Instagram paid 60, Telegram paid 30"))
            .Says("That adds up to 90%, 10% is left to place. Please adjust the shares so they total 100 %.").AssertNoMoreReplies();
        Assert.Empty((await bot.PlanAsync()).Tactics.Budget.Lines);
        (await bot.SendAsync("Instagram paid 70\nTelegram 40")).Says("That adds up to 110%, 10% too much.");
        (await bot.SendAsync("Instagram 60, Myspace 40")).Says("I couldn't find a platform in \"Myspace 40\"");
        (await bot.SendAsync("Instagram paid 60, Telegram paid 30, Instagram organic 10")).AsksCard("What's your total ad budget for this plan, in Toman (IRT)?");
        var budget = (await bot.PlanAsync()).Tactics.Budget;
        Assert.Equal(
            [(Platform.Instagram, BudgetStrategy.Paid, 60m), (Platform.Telegram, BudgetStrategy.Paid, 30m), (Platform.Instagram, BudgetStrategy.Organic, 10m)],
            budget.Lines.Select(l => (l.Platform, l.Strategy, l.Percent)));
        Assert.Equal("IRT", budget.CurrencyCode);

        (await bot.SendAsync("۱۰ میلیون")).Says("✓ Tactics is done.");
        Assert.Equal([6_000_000m, 3_000_000m, 1_000_000m], (await bot.PlanAsync()).Tactics.Budget.Lines.Select(l => l.Amount!.Value));
        Assert.True((await bot.PlanAsync()).Tactics.Budget.Validate().IsValid);
    }

    [Fact]
    public async Task Tactics_PerPlatformAndCommunity_AreSavedAsGivenAndNormalised()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.ThroughStrategyAsync(bot);

        (await bot.SendAsync("1. Recipes\n2. Behind the scenes\n- Offers")).AsksCard("Instagram: which formats will you use?");
        (await bot.SendAsync("Reels / short video,Stories")).AsksCard("Instagram: how many posts a week?");
        (await bot.SendAsync("2 a day")).AsksCard("Telegram: what are your content pillars");
        (await bot.SendAsync("Offers")).AsksCard("Telegram: which formats");
        (await bot.SendAsync("Polls and Q&A")).AsksCard("Telegram: how many posts a week?");
        (await bot.SendAsync("lots")).Says("Tell me how often you'll post");
        (await bot.SendAsync("10 a month")).AsksCard("Which branded hashtags");
        (await bot.SendAsync("SaraBakery, baked with love, #SaraBakery")).AsksCard("Which community hashtags");
        (await bot.SendAsync("#TehranFood #کافه_تهران")).AsksCard("Which calls to action");
        (await bot.SendAsync("skip")).Says("Will you work with influencers");
        (await bot.SendAsync("Two food bloggers, gifting")).Says("Who will answer comments");
        (await bot.SendAsync("Sara")).Says("How quickly will they reply?");
        (await bot.SendAsync("30 min")).AsksCard("Which helper tools");

        var tactics = (await bot.PlanAsync()).Tactics;
        var instagram = tactics.PlatformTactics.Single(t => t.Platform == Platform.Instagram);
        Assert.Equal(["Recipes", "Behind the scenes", "Offers"], instagram.ContentPillars);
        Assert.Equal(["Reels / short video", "Stories"], instagram.Formats);
        Assert.Equal(14m, instagram.PostsPerWeek);
        Assert.Equal(2.3m, tactics.PlatformTactics.Single(t => t.Platform == Platform.Telegram).PostsPerWeek);
        Assert.Equal(["#SaraBakery", "#baked_with_love"], tactics.BrandedHashtags);
        Assert.Equal(["#TehranFood", "#کافه_تهران"], tactics.CommunityHashtags);
        Assert.Empty(tactics.CallsToAction);
        Assert.Equal(("Two food bloggers, gifting", "Sara", 0.5m),
            (tactics.InfluencerCollaboration, tactics.CommunityEngagement.Responder, tactics.CommunityEngagement.ResponseTimeHours!.Value));
    }

    [Fact]
    public async Task Budget_WithoutPaidSocial_IsNotAsked()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.ThroughSituationAsync(bot);
        await bot.SendAsync("Grow reach");
        await InterviewScript.AnswerAllAsync(bot, ["Instagram", "100/0", "Baked this morning", "Recipes", "Stories", "3"]);
        await InterviewScript.AnswerAllAsync(bot, ["skip", "skip", "skip", "skip", "Sara", "1 day"]);

        var turn = await bot.SendAsync("skip");

        turn.Says("✓ Tactics is done.").Says("Action 1");
        Assert.Empty((await bot.PlanAsync()).Tactics.Budget.Lines);
        Assert.Equal(StepState.Complete, SostacProgress.Evaluate(await bot.PlanAsync())[SostacStep.Tactics].State);
    }
}

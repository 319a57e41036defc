using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.Interview.Objectives;

public sealed class SmartObjectiveDialogTests
{
    private readonly InMemoryStateStore _store = new();

    [Fact]
    public async Task PlatformNoPersonaUses_IsExplained_AndNamingAPersonaMakesItRelevant()
    {
        await ObjectiveTestKit.SeedAsync(_store, ObjectiveTestKit.PlanWithSituation());
        var bot = ObjectiveTestKit.Interview(_store, ObjectiveTestKit.Clock());
        await bot.SendAsync("hi");

        (await bot.SendAsync("goal: grow TikTok followers from 300 to 600 by June with 5 videos a week"))
            .AssertReply("Got it! I'll add that as a draft objective and check it.")
            .AssertReply("SMART check: \u200ES ✓ · M ✓ · A ✓ · R ✗ · T ✓\u200E\n• Relevant: Your personas aren't on TikTok; they use Instagram, LinkedIn and Telegram. "
                + "Is TikTok still right, and for which persona?")
            .AssertReply("Objective 1 saved ✓ \u200ES ✓ · M ✓ · A ✓ · R ✗ · T ✓\u200E")
            .AssertReply("Which persona is it for?\n\n1. Sara\n2. Reza\n3. Keep it anyway")
            .WithSuggestedActions("Sara", "Reza", "Keep it anyway");
        (await bot.SendAsync("Sara"))
            .AssertReply("Objective 1 updated: \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E")
            .AssertReply("Now, back to where we were.")
            .AssertReply(StandInInterviewDialog.BusinessQuestion);

        var objective = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
        Assert.Equal((Platform.TikTok, "Sara"), (objective.Platform, Assert.Single(objective.PersonaNames)));
        Assert.True(objective.Smart!.Relevant);
    }

    [Fact]
    public async Task SalesGoal_InAPlanOnThreePlatforms_AsksNoPlatform_AndSkippingTheBaselineSavesItMeasurable()
    {
        await ObjectiveTestKit.SeedAsync(_store, ObjectiveTestKit.PlanWithSituation());
        var bot = ObjectiveTestKit.RealInterview(_store, ObjectiveTestKit.Clock());
        await bot.SendAsync("hi");

        (await bot.SendAsync("goal: 150 sales a month by June 2027"))
            .AssertReply("Got it! I'll add that as a draft objective and check it.")
            .AssertReply("SMART check: \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E\nAll five criteria pass. 🎯")
            .AssertReply("What's today's figure for sales? Send a number; if you're starting from scratch, send 0. Don't know it yet? Say \"skip\": the first check-in gives it.")
            .AssertNoMoreReplies();
        (await bot.SendAsync("skip"))
            .AssertReply("Objective 1 saved ✓ \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E")
            .AssertReply("What's behind it? Budget, people, posts per week, tools.");

        var objective = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
        Assert.Equal((ObjectiveMetric.Sales, (Platform?)null, (decimal?)null, 150m), (objective.Metric, objective.Platform, objective.Baseline, objective.Target));
        Assert.DoesNotContain("Which platform", bot.Transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersianFollowersGoal_WithoutPlatform_AsksThePlatform_AndSkippingTheBaselineSavesIt()
    {
        await ObjectiveTestKit.SeedAsync(_store, ObjectiveTestKit.PlanWithSituation());
        var bot = ObjectiveTestKit.RealInterview(_store, ObjectiveTestKit.Clock(), "fa-IR");
        await bot.SendAsync("سلام");

        (await bot.SendAsync("هدف: رسیدن به ۳۰۰۰ دنبال‌کننده تا پایان خرداد ۱۴۰۶"))
            .AssertReply("\u200Fگرفتم! این را به‌عنوان پیش‌نویس یک هدف اضافه می‌کنم و بررسی‌اش می‌کنم.")
            .AssertReply(t => t.StartsWith("\u200Fبررسی SMART: \u200ES ✗ · M ✓ · A ✓ · R ✓ · T ✓\u200E", StringComparison.Ordinal))
            .AssertReplyContains("برای کدام پلتفرم است؟");
        (await bot.SendAsync("تلگرام"))
            .AssertReply("\u200Fعدد فعلی دنبال‌کننده در تلگرام چقدر است؟ یک عدد بفرستید؛ اگر از صفر شروع می‌کنید، ۰ بفرستید. هنوز نمی‌دانید؟ بنویسید «رد کن»؛ اولین گزارش هفتگی آن را می‌دهد.");
        (await bot.SendAsync("رد کن"))
            .AssertReply("\u200Fهدف ۱ ذخیره شد ✓ \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E");

        var objective = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
        Assert.Equal((Platform.Telegram, (decimal?)null, 3000m), (objective.Platform, objective.Baseline, objective.Target));
    }

    [Fact]
    public async Task BaselineWithADotBetweenThousands_AsksWhichReadingWasMeant_ThenTakesTheOneTapped()
    {
        var bot = ObjectiveTestKit.Interview(_store, ObjectiveTestKit.Clock());
        await bot.SendAsync("hi");
        var asked = await bot.SendAsync("goal: grow Telegram followers 20% by June 2027");
        Assert.StartsWith("What's today's figure for followers on Telegram?", asked.Texts[^1], StringComparison.Ordinal);

        (await bot.SendAsync("12.000"))
            .AssertReply("Did you mean 12,000 or 12? Tap the one you meant, or type it again.")
            .WithSuggestedActions("12,000", "12")
            .AssertNoMoreReplies();
        (await bot.SendAsync("12,000")).AssertReply(t => t.StartsWith("Objective 1 saved", StringComparison.Ordinal));

        var objective = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
        Assert.Equal((12_000m, 14_400m), (objective.Baseline, objective.ResolvedTarget()));
    }

    [Fact]
    public async Task PersianTargetWithADotBetweenThousands_AsksWhichReadingWasMeantInPersian()
    {
        await ObjectiveTestKit.SeedAsync(_store, ObjectiveTestKit.PlanWithSituation());
        var bot = ObjectiveTestKit.Interview(_store, ObjectiveTestKit.Clock(), "fa-IR");
        await bot.SendAsync("سلام");
        var asked = await bot.SendAsync("هدف: افزایش دنبال‌کننده‌های اینستاگرام تا پایان خرداد ۱۴۰۶");
        Assert.Contains("هدف شما برای دنبال‌کننده", asked.Texts[^1], StringComparison.Ordinal);

        (await bot.SendAsync("۱۲.۵۰۰"))
            .AssertReply("\u200Fمنظورتان ۱۲٬۵۰۰ بود یا ۱۲٫۵؟ یکی را انتخاب کنید یا دوباره بنویسید.")
            .WithSuggestedActions("۱۲٬۵۰۰", "۱۲٫۵");
        Assert.Contains((await bot.SendAsync("۱۲٬۵۰۰")).Texts, t => t is not null && t.Contains("هدف ۱ ذخیره شد", StringComparison.Ordinal));

        var objective = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
        Assert.Equal((4_200m, 12_500m), (objective.Baseline, objective.ResolvedTarget()));
    }

    [Fact]
    public async Task Back_ReasksTheQuestionAskedBefore_NotTheOneBeforeItInCode()
    {
        await ObjectiveTestKit.SeedAsync(_store, ObjectiveTestKit.PlanWithSituation());
        var bot = ObjectiveTestKit.Interview(_store, ObjectiveTestKit.Clock());
        await bot.SendAsync("hi");
        (await bot.SendAsync("goal: get more Instagram followers with daily reels"))
            .AssertReplyContains("Got it!")
            .AssertReplyContains("A target needs a number: you're at 4,200 followers now. 5,040?")
            .AssertReply("What's your target for followers? A level (5,000), a change (+20%) or a multiple (double).");
        (await bot.SendAsync("5,000")).AssertReply(t => t.StartsWith("By when?", StringComparison.Ordinal));

        (await bot.SendAsync("back"))
            .AssertReply("What's your target for followers? A level (5,000), a change (+20%) or a multiple (double).")
            .AssertNoMoreReplies();
        await bot.SendAsync("6,000");
        (await bot.SendAsync("30 June 2027")).AssertReply(t => t.StartsWith("Objective 1 saved", StringComparison.Ordinal));

        var objective = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
        Assert.Equal((6_000m, new DateOnly(2027, 6, 30)), (objective.Target, objective.Deadline));
    }

    [Fact]
    public async Task Back_AtTheFirstQuestion_ReturnsToTheQuestionUnderneath()
    {
        await ObjectiveTestKit.SeedAsync(_store, ObjectiveTestKit.PlanWithSituation());
        var bot = ObjectiveTestKit.Interview(_store, ObjectiveTestKit.Clock());
        await bot.SendAsync("hi");
        await bot.SendAsync("Bags");
        await bot.SendAsync("goal: get more Instagram followers with daily reels");

        (await bot.SendAsync("back")).AssertReply(StandInInterviewDialog.BusinessQuestion);

        Assert.Empty((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
    }

    [Fact]
    public async Task UnreadableAnswers_AreAskedAgainWithWhatIsExpected()
    {
        var bot = ObjectiveTestKit.Interview(_store, ObjectiveTestKit.Clock());
        await bot.SendAsync("hi");
        await bot.SendAsync("goal: more followers by June");

        (await bot.SendAsync("no idea")).AssertReply("I didn't recognise a platform. Try Instagram, LinkedIn, Telegram, YouTube, X, TikTok, Facebook or Aparat.");
        (await bot.SendAsync("instagram")).AssertReply(
            "What's today's figure for followers on Instagram? Send a number; if you're starting from scratch, send 0. Don't know it yet? Say \"skip\": the first check-in gives it.");
        (await bot.SendAsync("no idea")).AssertReply("Please send a number, for example 4200.");
        (await bot.SendAsync("40"))
            .AssertReply("A target needs a number: you're at 40 followers now. 48 by 30 June 2027?\n"
                + "What's your target for followers? A level (5,000), a change (+20%) or a multiple (double).")
            .WithSuggestedActions("48");
        (await bot.SendAsync("lots")).AssertReply("I need a number here, such as 5000, +20% or double.");
        (await bot.SendAsync("double")).AssertReply(t => t.StartsWith("Objective 1 saved", StringComparison.Ordinal));

        var objective = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
        Assert.Equal((ObjectiveMetric.Followers, Platform.Instagram, 40m, 80m), (objective.Metric, objective.Platform, objective.Baseline, objective.ResolvedTarget()));
    }

    [Fact]
    public async Task StoredStack_WaitingInTheOldHandWrittenSmartDialog_AsksForTheObjectiveAgain()
    {
        await ObjectiveTestKit.SeedAsync(_store, ObjectiveTestKit.PlanWithSituation());
        var bot = ObjectiveTestKit.Objectives(_store, ObjectiveTestKit.Clock());
        await bot.SendAsync("hi");
        await bot.SendAsync("Brand awareness");
        await bot.SendAsync("Get more Instagram followers with daily reels");
        await StoreTheOldSmartDialogAsync();

        var turn = await bot.SendAsync("6,000");

        turn.AssertReply("Write objective 1 in one line, for example: \"Grow our Instagram weekly reach from 4,000 to 6,000 by the end of June\"")
            .AssertNoMoreReplies();
        (await bot.SendAsync("Grow Instagram followers from 4,200 to 5,000 by 30 June 2027 with 3 reels a week"))
            .AssertReplyContains("SMART check")
            .AssertReply(t => t.StartsWith("Objective 1 saved", StringComparison.Ordinal))
            .AssertReply("Add another objective? You have 1 of 5.");
        Assert.Equal(5_000m, Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives).Target);
    }

    // The SMART dialog as a deploy before the question table left it: its own waterfall, waiting at "askTarget".
    private async Task StoreTheOldSmartDialogAsync()
    {
        var state = await ObjectiveTestKit.StateAsync(_store);
        var document = state.Get(DialogRunner.StackDocumentName)!;
        var smart = Find((JsonArray)document["stack"]!, "smartObjective")!;
        smart["version"] = "component-0123456789ab";
        smart["stack"] = JsonNode.Parse("""
            [
              { "id": "smartObjective.steps", "version": "waterfall-0123456789ab", "step": "askTarget",
                "values": { "draft": { "id": "objective-1", "text": "Get more Instagram followers with daily reels" }, "asked": { "askTarget": 1 }, "history": [ "askTarget" ] },
                "state": { "options": { "text": "Get more Instagram followers with daily reels", "family": "BrandAwareness" } } },
              { "id": "smartObjective.target", "version": "1", "values": {}, "state": { "options": { "text": "What's your target?" }, "attempts": 0 } }
            ]
            """);
        state.Set(DialogRunner.StackDocumentName, document);
        await _store.SaveAsync(state, CancellationToken.None);
    }

    private static JsonObject? Find(JsonArray stack, string id) =>
        stack.OfType<JsonObject>().Select(i => (string?)i["id"] == id ? i : i["stack"] is JsonArray inner ? Find(inner, id) : null).FirstOrDefault(i => i is not null);
}

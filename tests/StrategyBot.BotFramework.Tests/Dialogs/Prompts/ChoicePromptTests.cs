using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Dialogs.Prompts;

namespace StrategyBot.BotFramework.Tests.Dialogs.Prompts;

public sealed class ChoicePromptTests
{
    private static PromptOptions GoalOptions() => new()
    {
        Text = "Which goal first?",
        RetryText = "Please pick one of the goals.",
        InputId = "goal",
        Choices =
        [
            new Choice("awareness") { Title = "Brand awareness", Synonyms = ["آگاهی از برند"] },
            new Choice("sales") { Title = "Sales", Synonyms = ["فروش"] },
            new Choice("roi") { Title = "ROI" },
            new Choice("quality") { Title = "Service quality", Synonyms = ["کیفیت خدمات"] },
        ],
    };

    [Fact]
    public async Task Question_OffersSuggestedActionsAndANumberedList()
    {
        var harness = PromptProbe.Create(new ChoicePrompt("choice"), GoalOptions());

        var turn = await harness.SendAsync("start");

        turn.AssertReply("Which goal first?\n\n1. Brand awareness\n2. Sales\n3. ROI\n4. Service quality")
            .WithSuggestedActions("Brand awareness", "Sales", "ROI", "Service quality")
            .AssertNoMoreReplies();
    }

    [Theory]
    [InlineData("fa-IR")]
    [InlineData("fa")]
    public async Task PersianQuestion_NumbersItsListInPersianDigitsAndReadsThemBack(string locale)
    {
        var options = GoalOptions();
        options.Locale = locale;
        var harness = PromptProbe.Create(new ChoicePrompt("choice"), options);

        (await harness.SendAsync("start"))
            .AssertReply("Which goal first?\n\n۱. Brand awareness\n۲. Sales\n۳. ROI\n۴. Service quality");
        (await harness.SendAsync("۳")).AssertReply("answer: roi#2");
    }

    [Theory]
    [InlineData("2", "sales#1")]
    [InlineData("۲", "sales#1")]
    [InlineData("٢", "sales#1")]
    [InlineData("#3", "roi#2")]
    [InlineData("Sales", "sales#1")]
    [InlineData("SALES!", "sales#1")]
    [InlineData("sales", "sales#1")]
    [InlineData("roi", "roi#2")]
    [InlineData("brand awareness", "awareness#0")]
    [InlineData("فروش", "sales#1")]
    [InlineData("كيفيت خدمات", "quality#3")]
    [InlineData("I'd start with sales please", "sales#1")]
    public async Task TypedAnswer_PicksTheChoice(string input, string expected)
    {
        var harness = PromptProbe.Create(new ChoicePrompt("choice"), GoalOptions());
        await harness.SendAsync("start");

        (await harness.SendAsync(input)).AssertReply($"answer: {expected}");
    }

    [Theory]
    [InlineData("5")]
    [InlineData("0")]
    [InlineData("sales or roi")]
    [InlineData("something else")]
    [InlineData("")]
    public async Task UnclearAnswer_GetsTheRetryWithTheChoicesAgain(string input)
    {
        var harness = PromptProbe.Create(new ChoicePrompt("choice"), GoalOptions());
        await harness.SendAsync("start");

        (await harness.SendAsync(input))
            .AssertReply(t => t.StartsWith("Please pick one of the goals.\n\n1. Brand awareness", StringComparison.Ordinal))
            .WithSuggestedActions("Brand awareness", "Sales", "ROI", "Service quality");
    }

    [Fact]
    public async Task CardChoiceSet_SubmitsTheValue()
    {
        var harness = PromptProbe.Create(new ChoicePrompt("choice"), GoalOptions());
        await harness.SendAsync("start");

        (await harness.SubmitAsync(new JsonObject { ["goal"] = "roi" })).AssertReply("answer: roi#2");
    }

    [Fact]
    public async Task ListChoicesInTextOff_SendsOnlyTheQuestionAndButtons()
    {
        var options = GoalOptions();
        options.ListChoicesInText = false;
        var harness = PromptProbe.Create(new ChoicePrompt("choice"), options);

        (await harness.SendAsync("start")).AssertReply("Which goal first?").WithSuggestedActions("Brand awareness", "Sales", "ROI", "Service quality");
    }
}

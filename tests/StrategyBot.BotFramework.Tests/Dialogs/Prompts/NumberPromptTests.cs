using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Dialogs.Prompts;

namespace StrategyBot.BotFramework.Tests.Dialogs.Prompts;

public sealed class NumberPromptTests
{
    [Theory]
    [InlineData("42", 42)]
    [InlineData("۴۲", 42)]
    [InlineData("٤٢", 42)]
    [InlineData("12,000", 12000)]
    [InlineData("1,234,567", 1234567)]
    [InlineData("۱۲٬۰۰۰", 12000)]
    [InlineData("1.5", 1.5)]
    [InlineData("۱٫۵", 1.5)]
    [InlineData("0.25", 0.25)]
    [InlineData("10k", 10000)]
    [InlineData("10K", 10000)]
    [InlineData("1.5k", 1500)]
    [InlineData("2m", 2000000)]
    [InlineData("۱۰ هزار", 10000)]
    [InlineData("90 million", 90000000)]
    [InlineData("90 million toman", 90000000)]
    [InlineData("2 billion", 2000000000)]
    [InlineData("3bn", 3000000000)]
    [InlineData("5 thousand", 5000)]
    [InlineData("۱٫۵ میلیارد", 1500000000)]
    [InlineData("-5", -5)]
    [InlineData("−5", -5)]
    [InlineData("20%", 20)]
    [InlineData("٪۲۰", 20)]
    [InlineData("about 1200 followers", 1200)]
    [InlineData("  7.  ", 7)]
    public void TryRecognize_NumberText_ReturnsTheNumber(string input, double expected)
    {
        var recognized = NumberRecognizer.TryRecognize(input, out var value);

        Assert.True(recognized);
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("many")]
    [InlineData("1,5")]
    [InlineData("between 10 and 20")]
    [InlineData("10kg")]
    [InlineData("2027-03-31")]
    [InlineData("🚀")]
    [InlineData("99999999999999999999999999999999999999")]
    [InlineData("99999999999999999999999999m")]
    public void TryRecognize_NotOneNumber_Fails(string input)
    {
        var recognized = NumberRecognizer.TryRecognize(input, out _);

        Assert.False(recognized);
    }

    [Fact]
    public void TryRecognize_HugeInput_FailsQuickly()
    {
        var recognized = NumberRecognizer.TryRecognize(new string('9', 64 * 1024), out _);

        Assert.False(recognized);
    }

    [Fact]
    public async Task Prompt_WithItsOwnReader_ReadsAnswersWithIt()
    {
        static bool Words(string input, out decimal value)
        {
            value = input == "a dozen" ? 12m : 0m;
            return input == "a dozen";
        }

        var harness = PromptProbe.Create(new NumberPrompt("number", reader: Words), new PromptOptions { Text = "Eggs?", RetryText = "A number, please." });
        (await harness.SendAsync("start")).AssertReply("Eggs?");

        (await harness.SendAsync("12")).AssertReply("A number, please.");
        (await harness.SendAsync("a dozen")).AssertReply("answer: 12");
    }

    [Fact]
    public async Task Prompt_ValidatorSetsRetryReplies_RetryOffersThemAsOneTapAnswers()
    {
        static Task<bool> Readings(PromptValidatorContext<decimal> context, CancellationToken cancellationToken)
        {
            if (context.Recognized.Succeeded)
            {
                return Task.FromResult(true);
            }

            context.RetryText = "12,000 or 12?";
            context.RetryReplies = ["12,000", "12"];
            return Task.FromResult(false);
        }

        var harness = PromptProbe.Create(new NumberPrompt("number", Readings, reader: (string input, out decimal value) => decimal.TryParse(input, out value)),
            new PromptOptions { Text = "Followers?" });
        await harness.SendAsync("start");

        (await harness.SendAsync("12.000.")).AssertReply("12,000 or 12?").WithSuggestedActions("12,000", "12");
        (await harness.SendAsync("12")).AssertReply("answer: 12");
    }

    [Fact]
    public async Task Prompt_PersianAnswer_IsAccepted()
    {
        var harness = PromptProbe.Create(new NumberPrompt("number"), new PromptOptions { Text = "Followers?", RetryText = "A number, please." });
        (await harness.SendAsync("start")).AssertReply("Followers?");

        (await harness.SendAsync("۱۲٬۵۰۰")).AssertReply("answer: 12500");
    }

    [Fact]
    public async Task Prompt_OutOfRange_GetsTheOutOfRangeText_ThenAccepts()
    {
        var options = new PromptOptions
        {
            Text = "Budget share for Instagram (%)?",
            RetryText = "A number, please.",
            OutOfRangeText = "Between 0 and 100, please.",
            Min = 0,
            Max = 100,
        };
        var harness = PromptProbe.Create(new NumberPrompt("number"), options);
        await harness.SendAsync("start");

        (await harness.SendAsync("140")).AssertReply("Between 0 and 100, please.");
        (await harness.SendAsync("lots")).AssertReply("A number, please.");
        (await harness.SendAsync("40%")).AssertReply("answer: 40");
    }

    [Fact]
    public async Task Prompt_CardSubmitNumber_AsJsonNumberOrString_IsAccepted()
    {
        var options = new PromptOptions { Text = "Reach?", InputId = "reach" };
        var numberHarness = PromptProbe.Create(new NumberPrompt("number"), options);
        var stringHarness = PromptProbe.Create(new NumberPrompt("number"), options);
        await numberHarness.SendAsync("start");
        await stringHarness.SendAsync("start");

        (await numberHarness.SubmitAsync(new JsonObject { ["reach"] = 2500 })).AssertReply("answer: 2500");
        (await stringHarness.SubmitAsync(new JsonObject { ["reach"] = "۲۵۰۰" })).AssertReply("answer: 2500");
    }
}

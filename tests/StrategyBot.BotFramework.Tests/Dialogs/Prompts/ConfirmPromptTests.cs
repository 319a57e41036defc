using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Dialogs.Prompts;

namespace StrategyBot.BotFramework.Tests.Dialogs.Prompts;

public sealed class ConfirmPromptTests
{
    private static PromptOptions Options() => new()
    {
        Text = "Add PESTEL?",
        RetryText = "Please answer yes or no.",
        InputId = "pestel",
    };

    [Theory]
    [InlineData("yes", "yes")]
    [InlineData("Y", "yes")]
    [InlineData("sure", "yes")]
    [InlineData("OK", "yes")]
    [InlineData("Okay!", "yes")]
    [InlineData("yes please", "yes")]
    [InlineData("true", "yes")]
    [InlineData("بله", "yes")]
    [InlineData("آره", "yes")]
    [InlineData("no", "no")]
    [InlineData("N", "no")]
    [InlineData("nope", "no")]
    [InlineData("no thanks", "no")]
    [InlineData("false", "no")]
    [InlineData("نه", "no")]
    [InlineData("خیر", "no")]
    public async Task Answer_IsUnderstood(string input, string expected)
    {
        var harness = PromptProbe.Create(new ConfirmPrompt("confirm"), Options());
        await harness.SendAsync("start");

        (await harness.SendAsync(input)).AssertReply($"answer: {expected}");
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("")]
    [InlineData("🤷")]
    [InlineData("yesterday")]
    public async Task UnclearAnswer_GetsTheRetry(string input)
    {
        var harness = PromptProbe.Create(new ConfirmPrompt("confirm"), Options());
        await harness.SendAsync("start");

        (await harness.SendAsync(input)).AssertReply("Please answer yes or no.").WithSuggestedActions("Yes", "No");
    }

    [Fact]
    public async Task CustomLabels_AreOfferedAndUnderstood()
    {
        var options = Options();
        options.Choices = [new Choice("yes") { Title = "بله، اضافه کن" }, new Choice("no") { Title = "فعلاً نه" }];
        var harness = PromptProbe.Create(new ConfirmPrompt("confirm"), options);

        (await harness.SendAsync("start")).AssertReply("Add PESTEL?").WithSuggestedActions("بله، اضافه کن", "فعلاً نه");
        (await harness.SendAsync("فعلاً نه")).AssertReply("answer: no");
    }

    [Theory]
    [InlineData(true, "yes")]
    [InlineData(false, "no")]
    public async Task CardToggle_JsonBoolean_IsUnderstood(bool value, string expected)
    {
        var harness = PromptProbe.Create(new ConfirmPrompt("confirm"), Options());
        await harness.SendAsync("start");

        (await harness.SubmitAsync(new JsonObject { ["pestel"] = value })).AssertReply($"answer: {expected}");
    }

    [Fact]
    public async Task CardToggle_StringValue_IsUnderstood()
    {
        var harness = PromptProbe.Create(new ConfirmPrompt("confirm"), Options());
        await harness.SendAsync("start");

        (await harness.SubmitAsync(new JsonObject { ["pestel"] = "false" })).AssertReply("answer: no");
    }
}

using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Tests.Dialogs.Prompts;

public sealed class TextPromptTests
{
    private static PromptOptions Options(int? maxLength = null) => new()
    {
        Text = "Describe your business.",
        RetryText = "Please describe it in a few words.",
        TooLongText = "That is a bit long; please shorten it.",
        MaxLength = maxLength,
        InputId = "business",
    };

    [Fact]
    public async Task Answer_IsTrimmedAndReturned()
    {
        var harness = PromptProbe.Create(new TextPrompt("text"), Options());
        (await harness.SendAsync("start")).AssertReply("Describe your business.");

        (await harness.SendAsync("  We bake bread 🍞  ")).AssertReply("answer: We bake bread 🍞");
    }

    [Fact]
    public async Task ControlCharacters_AreRemoved()
    {
        var harness = PromptProbe.Create(new TextPrompt("text"), Options());
        await harness.SendAsync("start");

        (await harness.SendAsync("Bre\u0000ad\u0007")).AssertReply("answer: Bread");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000\u0001\u001B")]
    [InlineData("\n\t ")]
    public async Task EmptyAnswer_GetsTheRetryText(string input)
    {
        var harness = PromptProbe.Create(new TextPrompt("text"), Options());
        await harness.SendAsync("start");

        (await harness.SendAsync(input)).AssertReply("Please describe it in a few words.").AssertNoMoreReplies();
        (await harness.SendAsync("Bakery")).AssertReply("answer: Bakery");
    }

    [Fact]
    public async Task AnswerOverMaxLength_GetsTheTooLongText()
    {
        var harness = PromptProbe.Create(new TextPrompt("text"), Options(maxLength: 10));
        await harness.SendAsync("start");

        (await harness.SendAsync("A bakery in the old town")).AssertReply("That is a bit long; please shorten it.");
        (await harness.SendAsync("A bakery")).AssertReply("answer: A bakery");
    }

    [Fact]
    public async Task HugeAnswer_WithoutMaxLength_IsRefusedByTheDefaultLimit()
    {
        var harness = PromptProbe.Create(new TextPrompt("text"), Options());
        await harness.SendAsync("start");

        (await harness.SendAsync(new string('x', 64 * 1024))).AssertReply("That is a bit long; please shorten it.");
    }

    [Fact]
    public async Task Validator_SeesAttemptCount_AndCanReplaceTheRetryText()
    {
        var seen = new List<int>();
        var prompt = new TextPrompt("text", (context, _) =>
        {
            seen.Add(context.AttemptCount);
            context.RetryText = $"Not yet (attempt {context.AttemptCount}).";
            return Task.FromResult(context.AttemptCount >= 3);
        });
        var harness = PromptProbe.Create(prompt, Options());
        await harness.SendAsync("start");

        (await harness.SendAsync("one")).AssertReply("Not yet (attempt 1).");
        (await harness.SendAsync("two")).AssertReply("Not yet (attempt 2).");
        (await harness.SendAsync("three")).AssertReply("answer: three");

        Assert.Equal([1, 2, 3], seen);
    }

    [Fact]
    public async Task NonMessageActivity_IsIgnored()
    {
        var harness = PromptProbe.Create(new TextPrompt("text"), Options());
        await harness.SendAsync("start");

        (await harness.SendActivityAsync(new Activity { Type = ActivityTypes.Typing })).AssertNoReply();
        (await harness.SendActivityAsync(new Activity { Type = ActivityTypes.ConversationUpdate })).AssertNoReply();
        (await harness.SendAsync("Bakery")).AssertReply("answer: Bakery");
    }

    [Fact]
    public async Task CardSubmit_WithTheInputId_AnswersThePrompt()
    {
        var harness = PromptProbe.Create(new TextPrompt("text"), Options());
        await harness.SendAsync("start");

        (await harness.SubmitAsync(new JsonObject { ["business"] = "Bakery", ["verb"] = "answer" })).AssertReply("answer: Bakery");
    }

    [Fact]
    public async Task CardSubmit_WithoutTheInputId_GetsTheRetryText()
    {
        var harness = PromptProbe.Create(new TextPrompt("text"), Options());
        await harness.SendAsync("start");

        (await harness.SubmitAsync(new JsonObject { ["other"] = "x" })).AssertReply("Please describe it in a few words.");
    }

    [Fact]
    public async Task PromptActivity_IsSentWithItsCard()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };
        var options = new PromptOptions
        {
            Prompt = new Activity { Text = "Fill in the card.", Attachments = [Attachment.AdaptiveCard(card)] },
            RetryText = "Please fill in the card.",
        };
        var harness = PromptProbe.Create(new TextPrompt("text"), options);

        var turn = await harness.SendAsync("start");

        turn.AssertReplyActivity(r => r.Text == "Fill in the card." && r.Attachments?.Single().ContentType == Attachment.AdaptiveCardContentType);
        (await harness.SendAsync(" ")).AssertReply("Please fill in the card.");
    }
}

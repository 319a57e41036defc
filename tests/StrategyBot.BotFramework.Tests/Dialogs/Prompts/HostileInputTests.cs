using Microsoft.Extensions.Time.Testing;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.Dialogs.Prompts;

/// <summary>Whatever a user (or a broken client) sends, no prompt crashes: it answers with its retry text.</summary>
public sealed class HostileInputTests
{
    private const string Retry = "Sorry, I did not get that.";

    public static TheoryData<string> NotAnAnswer => new()
    {
        string.Empty,
        "   \t\n ",
        "\u0000\u0001\u0007\u001B",
        "\u200F\u200E\u200C",
        "🚀🔥🙈",
        "\uD800",
        "'; DROP TABLE plans; --",
        "<at>Bot</at> {{template}} ${x}",
        new string('9', 64 * 1024),
        string.Concat(Enumerable.Repeat("a1,", 20_000)),
    };

    [Theory]
    [MemberData(nameof(NotAnAnswer))]
    public async Task NumberPrompt_HostileInput_GetsTheRetry(string input) =>
        await AssertRetriedAsync(PromptProbe.Create(new NumberPrompt("p"), Options()), input);

    [Theory]
    [MemberData(nameof(NotAnAnswer))]
    public async Task ChoicePrompt_HostileInput_GetsTheRetry(string input)
    {
        var options = Options();
        options.Choices = [new Choice("a") { Title = "Alpha" }, new Choice("b") { Title = "Beta" }];
        options.ListChoicesInText = false;

        await AssertRetriedAsync(PromptProbe.Create(new ChoicePrompt("p"), options), input);
    }

    [Theory]
    [MemberData(nameof(NotAnAnswer))]
    public async Task ConfirmPrompt_HostileInput_GetsTheRetry(string input) =>
        await AssertRetriedAsync(PromptProbe.Create(new ConfirmPrompt("p"), Options()), input);

    [Theory]
    [MemberData(nameof(NotAnAnswer))]
    public async Task DatePrompt_HostileInput_GetsTheRetry(string input)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));

        await AssertRetriedAsync(PromptProbe.Create(new DatePrompt("p", time), Options(), time), input);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \u0000\u0007 ")]
    [InlineData("\u200F")]
    public async Task TextPrompt_EmptyOrInvisibleInput_GetsTheRetry(string input) =>
        await AssertRetriedAsync(PromptProbe.Create(new TextPrompt("p"), Options()), input);

    private static PromptOptions Options() => new() { Text = "Question?", RetryText = Retry, MaxLength = 100 };

    private static async Task AssertRetriedAsync(ConversationHarness harness, string input)
    {
        await harness.SendAsync("start");

        (await harness.SendAsync(input)).AssertReply(Retry).AssertNoMoreReplies();
    }
}

using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Tests.Protocol;

public sealed class OutboundTextTests
{
    [Theory]
    [InlineData("Fix these:\n• Specific: name the platform.\n• Time-bound: add a date.", "Fix these:\n\n• Specific: name the platform.\n\n• Time-bound: add a date.")]
    [InlineData("Pick one\n\n۱. افزودن هدف\n۲. ویرایش", "Pick one\n\n۱. افزودن هدف\n\n۲. ویرایش")]
    [InlineData("a\r\nb", "a\n\nb")]
    [InlineData("one line", "one line")]
    [InlineData("already\n\napart\n\n\nthree", "already\n\napart\n\n\nthree")]
    [InlineData("\nleading and trailing\n", "\n\nleading and trailing\n\n")]
    public void Paragraphs_EveryLoneLineBreakBecomesABlankLine(string text, string expected)
    {
        Assert.Equal(expected, OutboundText.Paragraphs(text));
        Assert.Equal(expected, OutboundText.Paragraphs(OutboundText.Paragraphs(text)));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("xml")]
    public void Prepare_PlainOrXmlText_LeftAsItIs(string format)
    {
        var activity = new Activity { Text = "a\nb", TextFormat = format };

        OutboundText.Prepare(activity);

        Assert.Equal("a\nb", activity.Text);
    }

    [Fact]
    public async Task Replies_SendEachLineOfAMarkdownMessageAsItsOwnParagraph()
    {
        using var harness = new ConnectorHarness();

        await harness.Client.SendToConversationAsync(
            "https://smba.trafficmanager.net/emea/", "a:1", new Activity { Text = "Status:\n✓ 1. Situation\n▶ 2. Objectives" }, CancellationToken.None);

        var sent = Assert.Single(harness.Connector.Requests).Json!["text"]!.GetValue<string>();
        Assert.Equal("Status:\n\n✓ 1. Situation\n\n▶ 2. Objectives", sent);
    }
}

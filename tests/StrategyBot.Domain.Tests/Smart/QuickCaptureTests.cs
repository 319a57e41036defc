using StrategyBot.Domain.Smart;

namespace StrategyBot.Domain.Tests.Smart;

public sealed class QuickCaptureTests
{
    [Theory]
    [InlineData("goal: grow Instagram reach 20% by March", "grow Instagram reach 20% by March")]
    [InlineData("Goal:grow reach", "grow reach")]
    [InlineData("  OBJECTIVE : double TikTok followers", "double TikTok followers")]
    [InlineData("new goal - 500 leads by June", "500 leads by June")]
    [InlineData("هدف: افزایش دسترسی اینستاگرام ۲۰٪ تا پایان خرداد", "افزایش دسترسی اینستاگرام ۲۰٪ تا پایان خرداد")]
    [InlineData("هدف جدید: فروش بیشتر", "فروش بیشتر")]
    [InlineData("<at>StrategyBot</at> goal: grow reach", "grow reach")]
    public void TryParse_PrefixedMessage_ReturnsObjectiveText(string message, string expected)
    {
        var ok = QuickCapture.TryParse(message, out var text);

        Assert.True(ok);
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("grow Instagram reach 20% by March")]
    [InlineData("my goal is to grow reach")]
    [InlineData("goals")]
    [InlineData("goal:   ")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NoPrefixOrNoText_ReturnsFalse(string? message)
    {
        var ok = QuickCapture.TryParse(message, out var text);

        Assert.False(ok);
        Assert.Equal("", text);
    }
}

using StrategyBot.App.CheckIns;
using StrategyBot.App.Localization;

namespace StrategyBot.App.Tests.CheckIns;

public sealed class CheckInTextsTests
{
    [Fact]
    public void Format_Persian_WritesNumbersInPersianDigits()
    {
        var text = Texts.Format(Language.Persian, CheckInText.PausedIgnored, 3);

        Assert.Contains("۳", text, StringComparison.Ordinal);
        Assert.DoesNotContain("3", text, StringComparison.Ordinal);
    }
}

using StrategyBot.App.Localization;
using StrategyBot.App.Privacy;

namespace StrategyBot.App.Tests.Trust;

[Trait("Category", "Trust")]
public sealed class PrivacyTextsTests
{
    [Fact]
    public void Format_Persian_UsesPersianDigits()
    {
        var text = Texts.Format(Language.Persian, PrivacyText.ExportLinkNote, 10);

        Assert.Contains("۱۰", text, StringComparison.Ordinal);
        Assert.DoesNotContain("10", text, StringComparison.Ordinal);
    }
}

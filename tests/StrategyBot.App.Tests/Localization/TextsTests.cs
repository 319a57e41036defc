using StrategyBot.App.Localization;

namespace StrategyBot.App.Tests.Localization;

public sealed class TextsTests
{
    [Fact]
    public void Format_PersianNumber_UsesPersianDigitsAndSeparator()
    {
        var text = Texts.Format(Language.Persian, TextKey.MessageTooLong, 2000);

        Assert.Contains("۲٬۰۰۰", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2000", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_EnglishNumber_UsesThousandsSeparator()
    {
        var text = Texts.Format(Language.English, TextKey.MessageTooLong, 2000);

        Assert.Equal("That message is too long (limit 2,000 characters). Please shorten it and send it again.", text);
    }

    [Fact]
    public void Get_HelpText_NamesEveryCommandInBothLanguages()
    {
        string[] english = ["start", "show my plan", "check in now", "help", "language", "status", "back", "skip", "cancel", "restart", "summary", "edit"];

        var persian = Texts.Get(Language.Persian, TextKey.HelpText);
        var englishHelp = Texts.Get(Language.English, TextKey.HelpText);

        Assert.All(english, command => Assert.Contains("**" + command, englishHelp, StringComparison.Ordinal));
        Assert.All(english, command => Assert.Contains(command, persian, StringComparison.Ordinal));
        Assert.Contains("SOSTAC", persian, StringComparison.Ordinal);
    }
}

using System.Text.RegularExpressions;
using StrategyBot.App.Interview;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.Interview;

public sealed partial class InterviewTextsTests
{
    [Fact]
    public void Rows_Persian_UsePersianDigitsAndLetters()
    {
        Assert.All(TextCatalogues.Interview.Rows(), entry =>
        {
            var persian = entry.Persian ?? string.Empty;

            // Latin words such as SWOT, PESTEL, KPI or A/B keep their own letters; numbers in Persian prose do not.
            var prose = LatinWord().Replace(Placeholder().Replace(persian, string.Empty), string.Empty);
            Assert.False(prose.Any(char.IsAsciiDigit), $"{entry.Key} has Latin digits in Persian: {persian}");
            Assert.False(persian.Contains('ي', StringComparison.Ordinal) || persian.Contains('ك', StringComparison.Ordinal), $"{entry.Key} uses Arabic yeh or kaf");
        });
    }

    [Fact]
    public void Format_InPersian_LocalisesNumbersPercentagesPlatformsAndSteps()
    {
        var text = Texts.Format(Language.Persian, InterviewText.RetryBudgetUnder, new PercentValue(90), new PercentValue(10));
        var step = Texts.Format(Language.Persian, InterviewText.WelcomeBack, SostacStep.Strategy, 3);
        var platform = Texts.Format(Language.Persian, InterviewText.AskFollowers, Platform.Instagram);

        Assert.StartsWith("جمع این‌ها ۹۰٪ است و ۱۰٪ باقی مانده", text, StringComparison.Ordinal);
        Assert.Equal("خوش برگشتید! الان در مرحلهٔ ۳ از ۶ هستیم: استراتژی.", step);
        Assert.Equal("در اینستاگرام چند دنبال‌کننده دارید؟", platform);
    }

    [Fact]
    public void Format_InEnglish_NamesTheRemainder()
    {
        var text = Texts.Format(Language.English, InterviewText.RetryBudgetUnder, new PercentValue(90), new PercentValue(10));

        Assert.Equal("That adds up to 90%, 10% is left to place. Please adjust the shares so they total 100 %.", text);
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9/&.]*")]
    private static partial Regex LatinWord();
}

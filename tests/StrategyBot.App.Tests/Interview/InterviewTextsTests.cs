using System.Text.RegularExpressions;
using StrategyBot.App.Interview;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.Interview;

public sealed partial class InterviewTextsTests
{
    [Fact]
    public void Table_EveryKey_HasBothLanguagesWithTheSamePlaceholders()
    {
        var keys = Enum.GetValues<InterviewText>();

        Assert.All(keys, key =>
        {
            Assert.True(InterviewTexts.Table.TryGetValue(key, out var entry), $"{key} is missing from the table");
            Assert.False(string.IsNullOrWhiteSpace(entry.English), $"{key} has no English text");
            Assert.False(string.IsNullOrWhiteSpace(entry.Persian), $"{key} has no Persian text");
            Assert.True(Placeholders(entry.English).SequenceEqual(Placeholders(entry.Persian)), $"{key}: placeholders differ between English and Persian");
        });
        Assert.Equal(keys.Length, InterviewTexts.Table.Count);
    }

    [Fact]
    public void Table_PersianTexts_UsePersianDigitsAndLetters()
    {
        Assert.All(InterviewTexts.Table, entry =>
        {
            var persian = entry.Value.Persian;

            // Latin words such as SWOT, PESTEL, KPI or A/B keep their own letters; numbers in Persian prose do not.
            var prose = LatinWord().Replace(Placeholder().Replace(persian, string.Empty), string.Empty);
            Assert.False(prose.Any(char.IsAsciiDigit), $"{entry.Key} has Latin digits in Persian: {persian}");
            Assert.False(persian.Contains('ي', StringComparison.Ordinal) || persian.Contains('ك', StringComparison.Ordinal), $"{entry.Key} uses Arabic yeh or kaf");
        });
    }

    [Fact]
    public void Format_InPersian_LocalisesNumbersPercentagesPlatformsAndSteps()
    {
        var text = InterviewTexts.Format(Language.Persian, InterviewText.RetryBudgetUnder, new PercentValue(90), new PercentValue(10));
        var step = InterviewTexts.Format(Language.Persian, InterviewText.WelcomeBack, SostacStep.Strategy, 3);
        var platform = InterviewTexts.Format(Language.Persian, InterviewText.AskFollowers, Platform.Instagram);

        Assert.StartsWith("جمع این‌ها ٪۹۰ است و ٪۱۰ باقی مانده", text, StringComparison.Ordinal);
        Assert.Equal("خوش برگشتید! الان در مرحلهٔ ۳ از ۶ هستیم: استراتژی.", step);
        Assert.Equal("در اینستاگرام چند دنبال‌کننده دارید؟", platform);
    }

    [Fact]
    public void Format_InEnglish_NamesTheRemainder()
    {
        var text = InterviewTexts.Format(Language.English, InterviewText.RetryBudgetUnder, new PercentValue(90), new PercentValue(10));

        Assert.Equal("That adds up to 90%, 10% is left to place. Please adjust the shares so they total 100 %.", text);
    }

    private static List<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9/&.]*")]
    private static partial Regex LatinWord();
}

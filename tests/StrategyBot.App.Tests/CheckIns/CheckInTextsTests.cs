using System.Text.RegularExpressions;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Localization;

namespace StrategyBot.App.Tests.CheckIns;

public sealed partial class CheckInTextsTests
{
    [Fact]
    public void Table_EveryKey_HasEnglishAndPersianWithTheSamePlaceholders()
    {
        foreach (var key in Enum.GetValues<CheckInText>())
        {
            Assert.True(CheckInTexts.Table.ContainsKey(key), $"{key} has no entry");
            var (english, persian) = CheckInTexts.Table[key];
            Assert.False(string.IsNullOrWhiteSpace(english), $"{key} English is empty");
            Assert.False(string.IsNullOrWhiteSpace(persian), $"{key} Persian is empty");
            Assert.Equal(Placeholders(english), Placeholders(persian));
            Assert.True(persian.Any(c => c is >= '\u0600' and <= '\u06FF'), $"{key} Persian text has no Persian letters");
        }
    }

    [Fact]
    public void Format_Persian_WritesNumbersInPersianDigits()
    {
        var text = CheckInTexts.Format(Language.Persian, CheckInText.PausedIgnored, 3);

        Assert.Contains("۳", text, StringComparison.Ordinal);
        Assert.DoesNotContain("3", text, StringComparison.Ordinal);
    }

    private static string[] Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}

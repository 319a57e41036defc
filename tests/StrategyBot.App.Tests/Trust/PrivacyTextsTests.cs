using System.Text.RegularExpressions;
using StrategyBot.App.Localization;
using StrategyBot.App.Privacy;

namespace StrategyBot.App.Tests.Trust;

[Trait("Category", "Trust")]
public sealed partial class PrivacyTextsTests
{
    [Fact]
    public void Table_EveryKey_HasEnglishAndPersianWithTheSamePlaceholders()
    {
        foreach (var key in Enum.GetValues<PrivacyText>())
        {
            Assert.True(PrivacyTexts.Table.TryGetValue(key, out var entry), $"{key} has no entry");
            Assert.False(string.IsNullOrWhiteSpace(entry.English), $"{key} has no English");
            Assert.False(string.IsNullOrWhiteSpace(entry.Persian), $"{key} has no Persian");
            Assert.Equal(Placeholders(entry.English), Placeholders(entry.Persian));
            Assert.Matches(PersianLetter(), entry.Persian);
        }
    }

    [Fact]
    public void Format_Persian_UsesPersianDigits()
    {
        var text = PrivacyTexts.Format(Language.Persian, PrivacyText.ExportLinkNote, 10);

        Assert.Contains("۱۰", text, StringComparison.Ordinal);
        Assert.DoesNotContain("10", text, StringComparison.Ordinal);
    }

    private static string[] Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"[\u0600-\u06FF]")]
    private static partial Regex PersianLetter();
}

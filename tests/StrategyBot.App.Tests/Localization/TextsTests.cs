using System.Text.RegularExpressions;
using StrategyBot.App.Localization;

namespace StrategyBot.App.Tests.Localization;

public sealed partial class TextsTests
{
    public static TheoryData<Language> BothLanguages => new() { Language.English, Language.Persian };

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public void Get_EveryKey_HasNonEmptyText(Language language)
    {
        var keys = Enum.GetValues<TextKey>();

        var missing = keys.Where(key => !Texts.All(language).TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text)).ToList();

        Assert.Empty(missing);
        Assert.Equal(keys.Length, Texts.All(language).Count);
    }

    [Fact]
    public void All_EveryKey_HasSamePlaceholdersInBothLanguages()
    {
        var keys = Enum.GetValues<TextKey>();

        var mismatched = keys
            .Where(key => !Placeholders(Texts.Get(Language.English, key)).SetEquals(Placeholders(Texts.Get(Language.Persian, key))))
            .ToList();

        Assert.Empty(mismatched);
    }

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public void All_Placeholders_ArePlainAndNumberedFromZero(Language language)
    {
        var texts = Texts.All(language);

        var bad = texts
            .Where(pair => AnyBrace().Count(pair.Value) != PlainPlaceholder().Count(pair.Value)
                || !Placeholders(pair.Value).SetEquals(Enumerable.Range(0, Placeholders(pair.Value).Count)))
            .Select(pair => pair.Key)
            .ToList();

        Assert.Empty(bad);
    }

    [Fact]
    public void PersianTable_UsesPersianLettersNotArabicYehOrKaf()
    {
        var persian = Texts.All(Language.Persian);

        var arabic = persian.Where(pair => pair.Value.Contains('\u064A', StringComparison.Ordinal) || pair.Value.Contains('\u0643', StringComparison.Ordinal))
            .Select(pair => pair.Key)
            .ToList();

        Assert.Empty(arabic);
    }

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

    private static HashSet<int> Placeholders(string text) =>
        PlainPlaceholder().Matches(text).Select(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex PlainPlaceholder();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex AnyBrace();
}

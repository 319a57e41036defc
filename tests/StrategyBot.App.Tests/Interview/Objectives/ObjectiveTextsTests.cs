using System.Text.RegularExpressions;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Tests.Interview.Objectives;

public sealed partial class ObjectiveTextsTests
{
    [Fact]
    public void Rows_Persian_IsWrittenInPersianLettersAndDigits()
    {
        var bad = TextCatalogues.Objectives.Rows().Select(row => (row.Key, English: row.English ?? string.Empty, Persian: row.Persian ?? string.Empty))
            .Where(pair => pair.Key != nameof(ObjectiveText.KpiFormula)
                && (pair.Persian.Contains('\u064A', StringComparison.Ordinal) || pair.Persian.Contains('\u0643', StringComparison.Ordinal)
                    || AsciiDigit().IsMatch(PlaceholderPattern().Replace(pair.Persian, string.Empty))))
            .Select(pair => pair.Key)
            .ToList();

        Assert.Empty(bad);
    }

    [Fact]
    public void Rows_PersianDiffersFromEnglish_ExceptPureLayouts()
    {
        var untranslated = TextCatalogues.Objectives.Rows().Select(row => (row.Key, English: row.English ?? string.Empty, Persian: row.Persian ?? string.Empty))
            .Where(pair => pair.English == pair.Persian && PlaceholderPattern().Replace(pair.English, string.Empty).Any(char.IsLetter))
            .Select(pair => pair.Key)
            .ToList();

        Assert.Empty(untranslated);
    }

    [Fact]
    public void Names_EveryEnumValue_HasDistinctEnglishAndPersianNames()
    {
        foreach (var language in Enum.GetValues<Language>())
        {
            AssertDistinct(Enum.GetValues<Platform>().Select(p => ObjectiveNames.Platform(language, p)));
            AssertDistinct(Enum.GetValues<ObjectiveMetric>().Select(m => ObjectiveNames.Metric(language, m)));
            AssertDistinct(Enum.GetValues<GoalFamily>().Select(f => ObjectiveNames.Family(language, f)));
            AssertDistinct(Enum.GetValues<SmartCriterion>().Select(c => ObjectiveNames.Criterion(language, c)));
            AssertDistinct(Enum.GetValues<WeeklyInput>().Select(i => ObjectiveNames.Input(language, i)));
            AssertDistinct(KpiLibrary.All.Select(k => ObjectiveNames.Kpi(language, k.Id)));
        }

        Assert.All(KpiLibrary.All, k => Assert.NotEqual(k.Id, ObjectiveNames.Kpi(Language.English, k.Id)));
        Assert.All(Enum.GetValues<ObjectiveMetric>(), m => Assert.NotEqual(ObjectiveNames.Metric(Language.English, m), ObjectiveNames.Metric(Language.Persian, m)));
    }

    [Fact]
    public void Format_Persian_GivesPersianDigitsAndJalaliDatesWithTheGregorianBeside()
    {
        var text = Texts.Format(Language.Persian, ObjectiveText.FindingDeadlineInPast, new DateOnly(2026, 1, 15), new DateOnly(2027, 2, 26));

        Assert.Equal("۲۵ دی ۱۴۰۴ \u200F(\u200E15 January 2026\u200E)\u200F گذشته است. تاریخی بعد از امروز انتخاب کنید، مثلاً ۷ اسفند ۱۴۰۵ \u200F(\u200E26 February 2027\u200E)\u200F.", text);
    }

    private static void AssertDistinct(IEnumerable<string> names)
    {
        var list = names.ToList();
        Assert.All(list, n => Assert.False(string.IsNullOrWhiteSpace(n)));
        Assert.Equal(list.Count, list.Distinct(StringComparer.Ordinal).Count());
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"[0-9]")]
    private static partial Regex AsciiDigit();
}

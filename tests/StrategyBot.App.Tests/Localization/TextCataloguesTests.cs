using System.Text.RegularExpressions;
using StrategyBot.App.Localization;

namespace StrategyBot.App.Tests.Localization;

public sealed partial class TextCataloguesTests
{
    private enum SampleKey
    {
        Greeting,
        Count,
        Missing,
    }

    [Fact]
    public void Rows_EveryKeyOfEveryCatalogue_HasEnglishAndPersianWithTheSamePlaceholders()
    {
        var rows = TextCatalogues.Rows().ToList();

        var problems = ParityProblems(rows);

        Assert.Empty(problems);
        Assert.Equal(["Bot", "Interview", "Forms", "Objectives", "Names", "CheckIns", "Privacy", "MessageExtensions", "Document"], rows.Select(row => row.Catalogue).Distinct());
    }

    [Fact]
    public void ParityProblems_MissingPersianEmptyTextOrPlaceholderMismatch_AreEachReported()
    {
        var catalogue = new TextCatalogue<SampleKey>("Sample",
        [
            new(SampleKey.Greeting, ("Hello", " ")),
            new(SampleKey.Count, ("{0} of {1}", "{0} از {2}")),
        ]);

        var problems = ParityProblems(catalogue.Rows());

        Assert.Equal(
            [
                "Sample.Greeting: Persian is empty",
                "Sample.Count: placeholders differ (English {0},{1}; Persian {0},{2})",
                "Sample.Missing: no entry",
            ],
            problems);
    }

    [Fact]
    public void New_KeyListedTwice_Throws()
    {
        KeyValuePair<SampleKey, (string, string)>[] entries = [new(SampleKey.Greeting, ("Hi", "سلام")), new(SampleKey.Greeting, ("Hello", "درود"))];

        Assert.Throws<ArgumentException>(() => new TextCatalogue<SampleKey>("Sample", entries));
    }

    [Fact]
    public void Rows_Placeholders_ArePlainAndNumberedFromZero()
    {
        var bad = TextCatalogues.Rows()
            .SelectMany(row => new[] { (row, text: row.English ?? string.Empty), (row, text: row.Persian ?? string.Empty) })
            .Where(pair => AnyBrace().Count(pair.text) != PlainPlaceholder().Count(pair.text)
                || !Numbers(pair.text).SetEquals(Enumerable.Range(0, Numbers(pair.text).Count)))
            .Select(pair => $"{pair.row.Catalogue}.{pair.row.Key}")
            .Distinct()
            .ToList();

        Assert.Empty(bad);
    }

    [Fact]
    public void Rows_Persian_UsesPersianLettersNotArabicYehOrKaf()
    {
        var arabic = TextCatalogues.Rows()
            .Where(row => row.Persian is { } persian && (persian.Contains('\u064A', StringComparison.Ordinal) || persian.Contains('\u0643', StringComparison.Ordinal)))
            .Select(row => $"{row.Catalogue}.{row.Key}")
            .ToList();

        Assert.Empty(arabic);
    }

    [Fact]
    public void Get_KeyOfEachCatalogue_ReadsThatCatalogueInTheAskedLanguage()
    {
        Assert.Equal("Help", Texts.Get(Language.English, TextKey.WelcomeHelpButton));
        Assert.Equal("راهنما", Texts.Get(Language.Persian, TextKey.WelcomeHelpButton));
        Assert.Equal("Skip", Texts.Get(Language.English, App.Interview.InterviewText.SkipLabel));
        Assert.Equal("نه، نگه دار", Texts.Get(Language.Persian, App.Privacy.PrivacyText.DeleteCancelButton));
    }

    [Fact]
    public void Get_KeyTypeWithoutCatalogue_ThrowsAndNamesTheType()
    {
        var error = Assert.Throws<TypeInitializationException>(() => Texts.Get(Language.English, SampleKey.Greeting));

        Assert.Contains(nameof(SampleKey), error.InnerException?.Message, StringComparison.Ordinal);
    }

    /// <summary>What the parity test reports: a key with no entry, an empty text, or different placeholders.</summary>
    private static List<string> ParityProblems(IEnumerable<TextRow> rows) =>
        [.. rows.SelectMany(row => RowProblems(row).Select(problem => $"{row.Catalogue}.{row.Key}: {problem}"))];

    private static IEnumerable<string> RowProblems(TextRow row)
    {
        if (row.English is null || row.Persian is null)
        {
            yield return "no entry";
            yield break;
        }

        if (string.IsNullOrWhiteSpace(row.English))
        {
            yield return "English is empty";
        }

        if (string.IsNullOrWhiteSpace(row.Persian))
        {
            yield return "Persian is empty";
        }

        var english = Placeholders(row.English);
        var persian = Placeholders(row.Persian);
        if (english != persian)
        {
            yield return $"placeholders differ (English {english}; Persian {persian})";
        }
    }

    // The set of placeholders, in order: a text may use one twice, but both languages must use the same ones.
    private static string Placeholders(string text) =>
        string.Join(',', PlainPlaceholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal));

    private static HashSet<int> Numbers(string text) =>
        [.. PlainPlaceholder().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex PlainPlaceholder();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex AnyBrace();
}

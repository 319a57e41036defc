using System.Globalization;
using StrategyBot.App.Cards;
using StrategyBot.App.Localization;

namespace StrategyBot.App.Interview;

/// <summary>The persona age bands: stable values in the plan ("25-34"), titles in the user's language.</summary>
internal static class AgeBands
{
    public static IReadOnlyList<string> Values { get; } = ["under-18", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"];

    // Ages from 13: a typed "3" means the third option, as with every choice question, and nobody plans for toddlers.
    private const int YoungestTypedAge = 13;
    private const int OldestTypedAge = 99;

    /// <summary>The bands, each answering to the ages it holds when one is typed ("29" is 25–34).</summary>
    public static IReadOnlyList<CardChoice> Choices(Language language) =>
        [.. Values.Select(v => new CardChoice(Title(language, v), v) { Synonyms = Ages(v) })];

    private static string[] Ages(string band)
    {
        var (low, high) = band switch
        {
            "under-18" => (YoungestTypedAge, 17),
            "65+" => (65, OldestTypedAge),
            _ when band.Split('-') is [var from, var to] => (int.Parse(from, CultureInfo.InvariantCulture), int.Parse(to, CultureInfo.InvariantCulture)),
            _ => (0, -1),
        };
        return [.. Enumerable.Range(low, Math.Max(0, high - low + 1)).Select(age => age.ToString(CultureInfo.InvariantCulture))];
    }

    public static string Title(Language language, string value) => value switch
    {
        "under-18" => Texts.Format(language, InterviewText.AgeUnder, 18),
        "65+" => Texts.Format(language, InterviewText.AgeOver, 65),
        _ when value.Split('-') is [var from, var to] && int.TryParse(from, out var low) && int.TryParse(to, out var high) =>
            Texts.Format(language, InterviewText.AgeBetween, low, high),
        _ => value,
    };
}

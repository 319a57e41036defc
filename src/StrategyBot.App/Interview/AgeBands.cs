using StrategyBot.App.Cards;
using StrategyBot.App.Localization;

namespace StrategyBot.App.Interview;

/// <summary>The persona age bands: stable values in the plan ("25-34"), titles in the user's language.</summary>
internal static class AgeBands
{
    public static IReadOnlyList<string> Values { get; } = ["under-18", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"];

    public static IReadOnlyList<CardChoice> Choices(Language language) => [.. Values.Select(v => new CardChoice(Title(language, v), v))];

    public static string Title(Language language, string value) => value switch
    {
        "under-18" => Texts.Format(language, InterviewText.AgeUnder, 18),
        "65+" => Texts.Format(language, InterviewText.AgeOver, 65),
        _ when value.Split('-') is [var from, var to] && int.TryParse(from, out var low) && int.TryParse(to, out var high) =>
            Texts.Format(language, InterviewText.AgeBetween, low, high),
        _ => value,
    };
}

using System.Text.RegularExpressions;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.Interview;

/// <summary>
/// How often to post, as posts per week: "3", "3 a week", "daily", "every other day", "2 a day", "10 a month",
/// "روزانه", "روزی ۲ تا", "هفته‌ای ۳", "ماهی ۱۰".
/// </summary>
internal static partial class PostingFrequency
{
    public const decimal MaxPerWeek = 100m;
    private const decimal WeeksPerMonth = 52m / 12m;

    /// <summary>Reads an answer the prompt's validator already accepted.</summary>
    public static decimal Parse(string text) =>
        TryParse(text, out var perWeek, out _) ? perWeek : throw new FormatException("The frequency was accepted but does not parse.");

    public static bool TryParse(string text, out decimal postsPerWeek, out AnswerProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        postsPerWeek = 0;
        var folded = TextNormalizer.ForMatching(text).Trim();
        if (EveryOtherDay().IsMatch(folded))
        {
            postsPerWeek = 3.5m;
            problem = null;
            return true;
        }

        var numbers = QuantityParser.FindAll(folded);
        decimal? count = numbers.Count == 1 ? numbers[0].Quantity.Value
            : numbers.Count == 0 ? CountWord(folded)
            : null;
        var perDay = Day().IsMatch(folded);
        var perMonth = !perDay && Month().IsMatch(folded);
        if (count is null && (perDay || Week().IsMatch(folded) || perMonth))
        {
            count = 1;
        }

        if (count is not { } value)
        {
            problem = new AnswerProblem(InterviewText.RetryFrequency);
            return false;
        }

        postsPerWeek = Math.Round(perDay ? value * 7 : perMonth ? value / WeeksPerMonth : value, 1);
        problem = postsPerWeek is <= 0m or > MaxPerWeek ? new AnswerProblem(InterviewText.RetryFrequencyRange, MaxPerWeek) : null;
        return problem is null;
    }

    private static decimal? CountWord(string folded) =>
        Once().IsMatch(folded) ? 1m : Twice().IsMatch(folded) ? 2m : Thrice().IsMatch(folded) ? 3m : null;

    [GeneratedRegex(@"every other day|alternate days|یک روز در میان|یه روز در میون|روز در میان", RegexOptions.CultureInvariant)]
    private static partial Regex EveryOtherDay();

    [GeneratedRegex(@"\b(?:day|days|daily|everyday)\b|روز", RegexOptions.CultureInvariant)]
    private static partial Regex Day();

    [GeneratedRegex(@"\b(?:week|weeks|weekly)\b|هفته", RegexOptions.CultureInvariant)]
    private static partial Regex Week();

    [GeneratedRegex(@"\b(?:month|months|monthly)\b|ماه", RegexOptions.CultureInvariant)]
    private static partial Regex Month();

    [GeneratedRegex(@"\b(?:once|one|a|یک|یه|یکبار)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Once();

    [GeneratedRegex(@"\b(?:twice|two|دو|دوبار)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Twice();

    [GeneratedRegex(@"\b(?:three|thrice|سه|سه بار)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Thrice();
}

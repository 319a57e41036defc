using System.Text.RegularExpressions;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.Interview;

/// <summary>
/// How fast comments and messages get an answer, in hours: "2", "2 hours", "2h", "30 min", "within a day", "half an
/// hour", "same day", "۲ ساعت", "نیم ساعت", "۳۰ دقیقه", "همان روز".
/// </summary>
internal static partial class ResponseTime
{
    public const int MaxDays = 30;

    /// <summary>Reads an answer the prompt's validator already accepted.</summary>
    public static decimal Parse(string text) =>
        TryParse(text, out var hours, out _) ? hours : throw new FormatException("The response time was accepted but does not parse.");

    public static bool TryParse(string text, out decimal hours, out AnswerProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        hours = 0;
        var folded = TextNormalizer.ForMatching(text).Trim();
        if (SameDay().IsMatch(folded))
        {
            hours = 24;
            problem = null;
            return true;
        }

        // Not QuantityParser: there "30m" is thirty million, here it is thirty minutes.
        var numbers = Number().Matches(folded);
        decimal? amount = numbers.Count == 1 ? decimal.Parse(numbers[0].Value, System.Globalization.CultureInfo.InvariantCulture)
            : numbers.Count > 1 ? null
            : Half().IsMatch(folded) ? 0.5m
            : One().IsMatch(folded) ? 1m
            : null;
        if (amount is not { } value)
        {
            problem = new AnswerProblem(InterviewText.RetryHours);
            return false;
        }

        hours = Math.Round(
            Minutes().IsMatch(folded) ? value / 60m
            : Days().IsMatch(folded) ? value * 24m
            : Weeks().IsMatch(folded) ? value * 168m
            : value,
            2);
        problem = hours <= 0m || hours > MaxDays * 24 ? new AnswerProblem(InterviewText.RetryHoursRange, MaxDays) : null;
        return problem is null;
    }

    [GeneratedRegex(@"\d+(?:\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"same day|end of (?:the )?day|همان روز|همون روز|امروز", RegexOptions.CultureInvariant)]
    private static partial Regex SameDay();

    [GeneratedRegex(@"\b(?:half|نیم)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Half();

    [GeneratedRegex(@"\b(?:an|a|one|یک|یه)\b", RegexOptions.CultureInvariant)]
    private static partial Regex One();

    [GeneratedRegex(@"\d\s*m\b|\bmins?\b|\bminutes?\b|دقیقه", RegexOptions.CultureInvariant)]
    private static partial Regex Minutes();

    [GeneratedRegex(@"\d\s*d\b|\bdays?\b|روز", RegexOptions.CultureInvariant)]
    private static partial Regex Days();

    [GeneratedRegex(@"\bweeks?\b|هفته", RegexOptions.CultureInvariant)]
    private static partial Regex Weeks();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// The built-in date understanding, relative to the user's today: ISO "2027-03-31"; "31 March", "March 31st 2027";
/// "today", "tomorrow", "امروز", "فردا"; "Friday", "this Friday" (today or the coming one), "next Friday" (the
/// first one after today); "next week/month/year"; "in 2 weeks", "in a month". A date without a year is the next
/// such date on or after today. Years outside 1900..2200 are left to the extra recogniser (a Jalali 1406 is not
/// a Gregorian year).
/// </summary>
internal static partial class DateTextRecognizer
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    public static DateOnly? Recognize(string input, DateOnly today)
    {
        if (input.Length > InputText.MaxRecognizedLength)
        {
            return null;
        }

        var text = Ordinal().Replace(InputText.Fold(input).Replace(',', ' '), "$1");
        text = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return Iso(text) ?? Word(text, today) ?? Relative(text, today) ?? Weekday(text, today) ?? DayAndMonth(text, today);
    }

    private static DateOnly? Iso(string text)
    {
        var match = IsoDate().Match(text);
        return match.Success ? Create(Number(match, "y"), Number(match, "m"), Number(match, "d")) : null;
    }

    private static DateOnly? Word(string text, DateOnly today) => text switch
    {
        "today" or "امروز" => today,
        "tomorrow" or "فردا" => today.AddDays(1),
        "day after tomorrow" or "the day after tomorrow" or "پس فردا" or "پسفردا" => today.AddDays(2),
        "next week" => today.AddDays(7),
        "next month" => today.AddMonths(1),
        "next year" => today.AddYears(1),
        _ => null,
    };

    private static DateOnly? Relative(string text, DateOnly today)
    {
        var match = InSpan().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var amount = match.Groups["n"].Value is "a" or "an" or "one" ? 1 : Number(match, "n");
        if (amount is < 0 or > 1200)
        {
            return null;
        }

        return match.Groups["unit"].Value switch
        {
            "day" => today.AddDays(amount),
            "week" => today.AddDays(7 * amount),
            "month" => today.AddMonths(amount),
            _ => today.AddYears(Math.Min(amount, 100)),
        };
    }

    private static DateOnly? Weekday(string text, DateOnly today)
    {
        var match = WeekdayName().Match(text);
        if (!match.Success || FindName(Weekdays, match.Groups["day"].Value) is not { } day)
        {
            return null;
        }

        var ahead = ((day - (int)today.DayOfWeek) + 7) % 7;
        if (match.Groups["next"].Success && ahead == 0)
        {
            ahead = 7;
        }

        return today.AddDays(ahead);
    }

    private static DateOnly? DayAndMonth(string text, DateOnly today)
    {
        var match = DayMonth().Match(text);
        if (!match.Success)
        {
            match = MonthDay().Match(text);
        }

        if (!match.Success || FindName(Months, match.Groups["month"].Value) is not { } month)
        {
            return null;
        }

        var day = Number(match, "d");
        if (match.Groups["y"].Success)
        {
            return Create(Number(match, "y"), month + 1, day);
        }

        // No year: the next such date on or after today (plans look forward); 29 February finds the next leap year.
        for (var year = today.Year; year <= today.Year + 8; year++)
        {
            if (Create(year, month + 1, day) is { } date && date >= today)
            {
                return date;
            }
        }

        return null;
    }

    private static int? FindName(string[] names, string word)
    {
        if (word.Length < 3)
        {
            return null;
        }

        var index = Array.FindIndex(names, n => n.StartsWith(word, StringComparison.Ordinal));
        return index < 0 ? null : index;
    }

    private static int Number(Match match, string group) =>
        int.TryParse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;

    private static DateOnly? Create(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?:in|within) (?<n>\d{1,4}|a|an|one) (?<unit>day|week|month|year)s?(?: time| from now)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InSpan();

    [GeneratedRegex(@"^(?:on )?(?:(?:this|(?<next>next|coming|the coming)) )?(?<day>[a-z]+)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WeekdayName();

    [GeneratedRegex(@"^(?:on )?(?:the )?(?<d>\d{1,2}) (?:of )?(?<month>[a-z]+)(?: (?<y>\d{4}))?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"^(?:on )?(?<month>[a-z]+) (?:the )?(?<d>\d{1,2})(?: (?<y>\d{4}))?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MonthDay();
}

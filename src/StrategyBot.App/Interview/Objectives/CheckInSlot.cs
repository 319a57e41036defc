using System.Globalization;
using System.Text.RegularExpressions;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// Reads a weekly slot: "Monday 09:00", "tue 5pm", "Friday", "10:30", "دوشنبه ۰۹:۰۰", "شنبه ساعت ۱۷",
/// "سه‌شنبه ۱۰ صبح". A missing day or time keeps the default's.
/// </summary>
internal static partial class CheckInSlot
{
    public static readonly DayOfWeek DefaultDay = DayOfWeek.Monday;
    public static readonly TimeOnly DefaultTime = new(9, 0);

    // Longest first: "شنبه" ends every Persian weekday name but one.
    private static readonly (string Name, DayOfWeek Day)[] Days =
    [
        ("چهارشنبه", DayOfWeek.Wednesday), ("چهار شنبه", DayOfWeek.Wednesday),
        ("پنجشنبه", DayOfWeek.Thursday), ("پنج شنبه", DayOfWeek.Thursday),
        ("سه شنبه", DayOfWeek.Tuesday), ("سهشنبه", DayOfWeek.Tuesday),
        ("دوشنبه", DayOfWeek.Monday), ("دو شنبه", DayOfWeek.Monday),
        ("یکشنبه", DayOfWeek.Sunday), ("یک شنبه", DayOfWeek.Sunday),
        ("جمعه", DayOfWeek.Friday), ("شنبه", DayOfWeek.Saturday),
        ("wednesday", DayOfWeek.Wednesday), ("thursday", DayOfWeek.Thursday), ("saturday", DayOfWeek.Saturday),
        ("tuesday", DayOfWeek.Tuesday), ("monday", DayOfWeek.Monday), ("friday", DayOfWeek.Friday), ("sunday", DayOfWeek.Sunday),
        ("thurs", DayOfWeek.Thursday), ("tues", DayOfWeek.Tuesday), ("wed", DayOfWeek.Wednesday), ("thu", DayOfWeek.Thursday),
        ("sat", DayOfWeek.Saturday), ("tue", DayOfWeek.Tuesday), ("mon", DayOfWeek.Monday), ("fri", DayOfWeek.Friday),
        ("sun", DayOfWeek.Sunday),
    ];

    public static bool TryRead(string? text, out DayOfWeek day, out TimeOnly time) =>
        TryRead(text, DefaultDay, DefaultTime, out day, out time);

    /// <summary>The same, a missing day or time taken from the slot offered (<paramref name="offeredDay"/>, <paramref name="offeredTime"/>).</summary>
    public static bool TryRead(string? text, DayOfWeek offeredDay, TimeOnly offeredTime, out DayOfWeek day, out TimeOnly time)
    {
        day = offeredDay;
        time = offeredTime;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 100)
        {
            return false;
        }

        var folded = TextNormalizer.ForMatching(text).Trim();
        var foundDay = FindDay(folded);
        var foundTime = FindTime(folded);
        if (foundDay is null && foundTime is null)
        {
            return false;
        }

        day = foundDay ?? offeredDay;
        time = foundTime ?? offeredTime;
        return true;
    }

    private static DayOfWeek? FindDay(string folded)
    {
        foreach (var (name, day) in Days)
        {
            var at = folded.IndexOf(name, StringComparison.Ordinal);
            var isWord = at >= 0
                && (at == 0 || !char.IsLetter(folded[at - 1]))
                && (at + name.Length == folded.Length || !char.IsLetter(folded[at + name.Length]) || IsPersian(name));
            if (isWord)
            {
                return day;
            }
        }

        return null;
    }

    private static TimeOnly? FindTime(string folded)
    {
        var match = ClockTime().Match(folded);
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var suffix = match.Groups["ampm"].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (suffix is "pm" or "p.m." or "عصر" or "بعدازظهر" or "شب" && hour is >= 1 and < 12)
        {
            hour += 12;
        }
        else if (suffix is "am" or "a.m." or "صبح" && hour == 12)
        {
            hour = 0;
        }

        var hasClockMark = match.Groups["m"].Success || suffix.Length > 0 || match.Groups["at"].Success;
        return hasClockMark && hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimeOnly(hour, minute) : null;
    }

    private static bool IsPersian(string name) => name[0] >= '\u0600';

    [GeneratedRegex(
        @"(?:(?<at>at|ساعت)\s*)?(?<![\d:])(?<h>\d{1,2})(?:\s*[:.٫]\s*(?<m>\d{2}))?\s*(?<ampm>a\.m\.|p\.m\.|am|pm|صبح|عصر|بعد ?از ?ظهر|شب)?(?![\d:])",
        RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();
}

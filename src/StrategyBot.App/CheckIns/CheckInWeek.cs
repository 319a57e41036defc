using System.Globalization;

namespace StrategyBot.App.CheckIns;

/// <summary>An ISO-8601 week such as 2027-W10: the key a week's check-in is stored under.</summary>
internal readonly record struct CheckInWeek(int Year, int Week) : IComparable<CheckInWeek>
{
    public static CheckInWeek FromDate(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        return new CheckInWeek(ISOWeek.GetYear(dateTime), ISOWeek.GetWeekOfYear(dateTime));
    }

    /// <summary>
    /// The week a check-in at local time <paramref name="localMoment"/> asks about: the week that holds the day three
    /// days earlier. A Monday-to-Wednesday check-in reports the week just finished; Thursday to Sunday, the current one.
    /// </summary>
    public static CheckInWeek ReportedAt(DateTime localMoment) => FromDate(DateOnly.FromDateTime(localMoment).AddDays(-3));

    public static bool TryParse(string? text, out CheckInWeek week)
    {
        week = default;
        if (text is not { Length: >= 7 and <= 8 } || text[4] != '-' || text[5] is not ('W' or 'w')
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year is < 2000 or > 2200 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        week = new CheckInWeek(year, number);
        return true;
    }

    /// <summary>The Monday that starts the week.</summary>
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    /// <summary>The Sunday that ends the week.</summary>
    public DateOnly Sunday => Monday.AddDays(6);

    public CheckInWeek AddWeeks(int weeks) => FromDate(Monday.AddDays(7 * weeks));

    /// <summary>Whole weeks from <paramref name="other"/> to this week.</summary>
    public int WeeksSince(CheckInWeek other) => (Monday.DayNumber - other.Monday.DayNumber) / 7;

    public int CompareTo(CheckInWeek other) => Monday.CompareTo(other.Monday);

    public static bool operator <(CheckInWeek left, CheckInWeek right) => left.CompareTo(right) < 0;

    public static bool operator >(CheckInWeek left, CheckInWeek right) => left.CompareTo(right) > 0;

    public static bool operator <=(CheckInWeek left, CheckInWeek right) => left.CompareTo(right) <= 0;

    public static bool operator >=(CheckInWeek left, CheckInWeek right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");
}

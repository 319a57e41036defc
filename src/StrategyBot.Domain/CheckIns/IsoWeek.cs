using System.Globalization;
using System.Text.RegularExpressions;
using StrategyBot.Domain.Text;

namespace StrategyBot.Domain.CheckIns;

/// <summary>An ISO 8601 week ("2026-W48"): Monday to Sunday, week 1 holds the year's first Thursday.</summary>
public readonly partial struct IsoWeek : IEquatable<IsoWeek>, IComparable<IsoWeek>
{
    private IsoWeek(int year, int week)
    {
        Year = year;
        Week = week;
    }

    /// <summary>The earliest year <see cref="TryParse"/> accepts.</summary>
    public const int MinParsedYear = 2000;

    /// <summary>The latest year <see cref="TryParse"/> accepts.</summary>
    public const int MaxParsedYear = 2200;

    public int Year { get; }

    public int Week { get; }

    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    public DateOnly Sunday => Monday.AddDays(6);

    public static IsoWeek Create(int year, int week)
    {
        if (year is < 1 or > 9998 || week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            throw new ArgumentOutOfRangeException(nameof(week), $"{year} has no ISO week {week}.");
        }

        return new IsoWeek(year, week);
    }

    public static IsoWeek FromDate(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(dateTime), ISOWeek.GetWeekOfYear(dateTime));
    }

    public static int WeeksInYear(int year) => ISOWeek.GetWeeksInYear(year);

    /// <summary>
    /// Accepts "2026-W48", "2026W48", "2026-w08" and the same with Persian digits. Text comes from users, cards and
    /// stored keys, so only years <see cref="MinParsedYear"/> to <see cref="MaxParsedYear"/> are taken: arithmetic on a
    /// parsed week (eight weeks of history, the next slot) can then never leave the calendar.
    /// </summary>
    public static bool TryParse(string? text, out IsoWeek week)
    {
        week = default;
        var match = text is null ? Match.Empty : Pattern().Match(Digits.Normalize(text.Trim()));
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups["w"].Value, CultureInfo.InvariantCulture);
        if (year is < MinParsedYear or > MaxParsedYear || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        week = new IsoWeek(year, number);
        return true;
    }

    public static IsoWeek Parse(string text) =>
        TryParse(text, out var week) ? week : throw new FormatException($"'{text}' is not an ISO week like 2026-W48.");

    public IsoWeek Next() => FromDate(Monday.AddDays(7));

    public IsoWeek Previous() => FromDate(Monday.AddDays(-7));

    public IsoWeek AddWeeks(int weeks) => FromDate(Monday.AddDays(7 * weeks));

    public bool Contains(DateOnly date) => date >= Monday && date <= Sunday;

    /// <summary>Whole weeks from this week to <paramref name="other"/> (negative when other is earlier).</summary>
    public int WeeksUntil(IsoWeek other) => (other.Monday.DayNumber - Monday.DayNumber) / 7;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");

    public bool Equals(IsoWeek other) => Year == other.Year && Week == other.Week;

    public override bool Equals(object? obj) => obj is IsoWeek other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Year, Week);

    public int CompareTo(IsoWeek other) => Year != other.Year ? Year.CompareTo(other.Year) : Week.CompareTo(other.Week);

    public static bool operator ==(IsoWeek left, IsoWeek right) => left.Equals(right);

    public static bool operator !=(IsoWeek left, IsoWeek right) => !left.Equals(right);

    public static bool operator <(IsoWeek left, IsoWeek right) => left.CompareTo(right) < 0;

    public static bool operator >(IsoWeek left, IsoWeek right) => left.CompareTo(right) > 0;

    public static bool operator <=(IsoWeek left, IsoWeek right) => left.CompareTo(right) <= 0;

    public static bool operator >=(IsoWeek left, IsoWeek right) => left.CompareTo(right) >= 0;

    [GeneratedRegex(@"^(?<y>\d{4})-?[Ww](?<w>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

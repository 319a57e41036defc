namespace StrategyBot.Domain.Tests.CheckIns;

internal static class Zones
{
    public static TimeZoneInfo NewYork => TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public static TimeZoneInfo Berlin => TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static TimeZoneInfo Tehran => TimeZoneInfo.FindSystemTimeZoneById("Asia/Tehran");

    public static TimeZoneInfo ById(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    public static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
}

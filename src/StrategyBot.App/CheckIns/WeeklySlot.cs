namespace StrategyBot.App.CheckIns;

/// <summary>
/// A weekly local time in a time zone, such as Monday 09:00 in Asia/Tehran. Occurrences are found in local time and
/// then converted, so a slot stays at 09:00 on the wall clock across daylight-saving changes.
/// </summary>
internal sealed record WeeklySlot(DayOfWeek Day, TimeOnly Time, string ZoneId)
{
    /// <summary>The first occurrence strictly after <paramref name="after"/>, in UTC.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset after)
    {
        var zone = FindZone(ZoneId) ?? TimeZoneInfo.Utc;
        var localToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(after, zone).DateTime);
        for (var offset = -1; offset <= 8; offset++)
        {
            var date = localToday.AddDays(offset);
            if (date.DayOfWeek != Day)
            {
                continue;
            }

            var utc = ToUtc(zone, date.ToDateTime(Time));
            if (utc > after)
            {
                return utc;
            }
        }

        throw new InvalidOperationException("A weekly slot always occurs within eight days.");
    }

    /// <summary>The instant a local wall-clock time stands for in <paramref name="zone"/>.</summary>
    /// <remarks>
    /// A time skipped by a spring-forward change is moved forward by the gap (02:30 becomes 03:30), as calendar apps
    /// do; a time that occurs twice at a fall-back change takes its first occurrence, so the check-in is not late.
    /// </remarks>
    public static DateTimeOffset ToUtc(TimeZoneInfo zone, DateTime local)
    {
        ArgumentNullException.ThrowIfNull(zone);
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var before = zone.GetUtcOffset(local.AddHours(-3));
            var after = zone.GetUtcOffset(local.AddHours(3));
            var shifted = local + (after - before);
            return new DateTimeOffset(shifted, after).ToUniversalTime();
        }

        if (zone.IsAmbiguousTime(local))
        {
            var first = zone.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(local, first).ToUniversalTime();
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The zone for an IANA or Windows id, or null when this machine does not know it.</summary>
    public static TimeZoneInfo? FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The zone of this slot (UTC when the id is unknown).</summary>
    public TimeZoneInfo Zone => FindZone(ZoneId) ?? TimeZoneInfo.Utc;

    /// <summary>The local date and time of <paramref name="instant"/> in this slot's zone.</summary>
    public DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;
}

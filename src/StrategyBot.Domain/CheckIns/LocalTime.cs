namespace StrategyBot.Domain.CheckIns;

/// <summary>Turns a wall-clock time in a time zone into one instant, deciding the DST edge cases explicitly.</summary>
public static class LocalTime
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A local time that does not exist (skipped by a spring-forward) moves forward to the first valid instant,
    /// the moment the clocks jump; an ambiguous one (repeated by a fall-back) takes its first occurrence.
    /// </summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var firstValid = new DateTime(local.Ticks - (local.Ticks % Step.Ticks), DateTimeKind.Unspecified);
            while (zone.IsInvalidTime(firstValid))
            {
                firstValid = firstValid.Add(Step);
            }

            return new DateTimeOffset(firstValid, zone.GetUtcOffset(firstValid)).ToUniversalTime();
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The wall-clock date and time in <paramref name="zone"/> at <paramref name="instant"/>.</summary>
    public static (DateOnly Date, TimeOnly Time) FromInstant(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        return (DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }
}

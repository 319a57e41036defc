namespace StrategyBot.Domain.CheckIns;

/// <summary>A weekly check-in slot (weekday and wall-clock time in the user's zone) and the instants it yields.</summary>
public sealed class CheckInSchedule
{
    public static readonly DayOfWeek DefaultDay = DayOfWeek.Monday;
    public static readonly TimeOnly DefaultTime = new(9, 0);
    public static readonly TimeOnly EveningTime = new(18, 0);

    public CheckInSchedule(DayOfWeek day, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        Day = day;
        Time = time;
        Zone = zone;
    }

    public DayOfWeek Day { get; }

    public TimeOnly Time { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>The first slot strictly after <paramref name="now"/>, in UTC.</summary>
    public DateTimeOffset NextDue(DateTimeOffset now)
    {
        var (today, _) = LocalTime.FromInstant(now, Zone);
        var date = today.AddDays(((int)Day - (int)today.DayOfWeek + 7) % 7);
        var due = LocalTime.ToInstant(date, Time, Zone);
        return due > now ? due : LocalTime.ToInstant(date.AddDays(7), Time, Zone);
    }

    /// <summary>The latest slot at or before <paramref name="now"/>, in UTC.</summary>
    public DateTimeOffset PreviousSlot(DateTimeOffset now)
    {
        var (today, _) = LocalTime.FromInstant(now, Zone);
        var date = today.AddDays(-(((int)today.DayOfWeek - (int)Day + 7) % 7));
        var slot = LocalTime.ToInstant(date, Time, Zone);
        return slot <= now ? slot : LocalTime.ToInstant(date.AddDays(-7), Time, Zone);
    }

    /// <summary>
    /// After downtime: one send if any slot passed since <paramref name="lastSent"/> (pass the moment check-ins
    /// were switched on when nothing was sent yet), never one per missed week; then the next regular slot.
    /// </summary>
    public CatchUpDecision CatchUp(DateTimeOffset lastSent, DateTimeOffset now)
    {
        var missed = 0;
        for (var slot = NextDue(lastSent); slot <= now; slot = NextDue(slot))
        {
            missed++;
        }

        return new CatchUpDecision { SendNow = missed > 0, MissedSlots = missed, NextDue = NextDue(now) };
    }

    public static DateTimeOffset SnoozeOneHour(DateTimeOffset now) => now.ToUniversalTime().AddHours(1);

    /// <summary>Today at 18:00 local; once that has passed it is already evening, so one hour from now.</summary>
    public DateTimeOffset ThisEvening(DateTimeOffset now)
    {
        var (today, _) = LocalTime.FromInstant(now, Zone);
        var evening = LocalTime.ToInstant(today, EveningTime, Zone);
        return evening > now ? evening : SnoozeOneHour(now);
    }

    /// <summary>Tomorrow (local calendar) at the slot's time.</summary>
    public DateTimeOffset TomorrowAtSlot(DateTimeOffset now)
    {
        var (today, _) = LocalTime.FromInstant(now, Zone);
        return LocalTime.ToInstant(today.AddDays(1), Time, Zone);
    }
}

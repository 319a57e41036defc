using StrategyBot.App.Localization;
using StrategyBot.Domain.CheckIns;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// The stored form of a weekly check-in slot (Monday 09:00 in Asia/Tehran): the zone is kept as its id so the
/// check-in document stays plain JSON. All slot arithmetic, DST edges included, is the domain's
/// <see cref="CheckInSchedule"/>; this record only names the zone.
/// </summary>
internal sealed record WeeklySlot(DayOfWeek Day, TimeOnly Time, string ZoneId)
{
    /// <summary>The zone of this slot (UTC when the id is unknown).</summary>
    public TimeZoneInfo Zone => TimeZones.Find(ZoneId) ?? TimeZoneInfo.Utc;

    /// <summary>The domain schedule this slot stands for.</summary>
    public CheckInSchedule ToSchedule() => new(Day, Time, Zone);

    /// <summary>The local date and time of <paramref name="instant"/> in this slot's zone.</summary>
    public DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;
}

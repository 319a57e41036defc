namespace StrategyBot.Domain.CheckIns;

/// <summary>
/// When the bot may nudge: once, 24 hours after an unanswered check-in; never more than two unsolicited
/// messages in one ISO week of the user's time zone; and check-ins pause after three ignored weeks in a row.
/// Messages the user asked for (a snooze coming due, "check in now") are not counted against the weekly limit.
/// </summary>
public static class ReminderRules
{
    public static readonly TimeSpan NudgeAfter = TimeSpan.FromHours(24);

    public const int MaxMessagesPerWeek = 2;

    public const int IgnoredWeeksBeforePause = 3;

    public static DateTimeOffset NudgeDueAt(DateTimeOffset checkInSentAt) => checkInSentAt + NudgeAfter;

    public static bool ShouldNudge(DateTimeOffset checkInSentAt, bool answered, bool alreadyNudged, int messagesSentThisWeek, DateTimeOffset now) =>
        !answered && !alreadyNudged && now >= NudgeDueAt(checkInSentAt) && CanSend(messagesSentThisWeek);

    public static bool CanSend(int messagesSentThisWeek) => messagesSentThisWeek < MaxMessagesPerWeek;

    /// <summary>How many of <paramref name="sentAt"/> fall in the same local ISO week as <paramref name="now"/>.</summary>
    public static int MessagesThisWeek(IEnumerable<DateTimeOffset> sentAt, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sentAt);
        var week = WeekOf(now, zone);
        return sentAt.Count(s => WeekOf(s, zone) == week);
    }

    /// <summary>True when the most recent weeks (oldest first) end in three ignored check-ins in a row.</summary>
    public static bool ShouldPause(IReadOnlyList<CheckInOutcome> recentWeeks)
    {
        ArgumentNullException.ThrowIfNull(recentWeeks);
        return recentWeeks.Count >= IgnoredWeeksBeforePause
            && recentWeeks.Skip(recentWeeks.Count - IgnoredWeeksBeforePause).All(o => o == CheckInOutcome.Ignored);
    }

    private static IsoWeek WeekOf(DateTimeOffset instant, TimeZoneInfo zone) => IsoWeek.FromDate(LocalTime.FromInstant(instant, zone).Date);
}

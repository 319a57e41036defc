using StrategyBot.Domain.Kpis;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// The user's check-in status, kept as the "checkins" document in the user's scope so a turn reads and writes it
/// with the rest of the scope. It is the truth; the schedule index only says when to look at it again. Immutable, like
/// the plan: a turn reads it as <c>TurnState.CheckIns</c> and changes it with <c>TurnState.UpdateCheckIns</c>.
/// </summary>
internal sealed record CheckInState
{
    /// <summary>The slot the schedule was computed from, to notice when the plan or a command changed it.</summary>
    public WeeklySlot? Slot { get; init; }

    /// <summary>The next regular weekly check-in.</summary>
    public DateTimeOffset? NextSlotUtc { get; init; }

    /// <summary>
    /// The wake-up written to the schedule index: the earliest of the next slot, a snooze and a nudge. It stays while
    /// check-ins are paused or stopped (the row is still there until the scheduler meets and drops it), so the next
    /// wake-up written replaces that row rather than adding a second one.
    /// </summary>
    public DateTimeOffset? IndexedDueUtc { get; init; }

    public PauseReason? Paused { get; init; }

    public DateTimeOffset? PausedAt { get; init; }

    /// <summary>The check-in sent and not yet answered, skipped or replaced by the next week's.</summary>
    public PendingCheckIn? Pending { get; init; }

    /// <summary>Weeks in a row whose check-in got no reaction at all.</summary>
    public int IgnoredWeeks { get; init; }

    /// <summary>The last week answered or skipped, so a slot does not ask again for a week already reported.</summary>
    public string? LastReportedWeek { get; init; }

    /// <summary>When the last answer was stored, to treat an identical second click as the same submit.</summary>
    public DateTimeOffset? LastReportedAt { get; init; }

    /// <summary>A hash of the last answer's numbers, for the same double-click check.</summary>
    public string? LastReportFingerprint { get; init; }

    /// <summary>The numbers of the last answered week, shown as "last week" on the next card without a table read.</summary>
    public WeeklyNumbers? LastNumbers { get; init; }

    /// <summary>The week <see cref="LastNumbers"/> belong to.</summary>
    public string? LastNumbersWeek { get; init; }

    /// <summary>A question the check-ins asked and whose answer the next message is (a new slot or time zone).</summary>
    public CheckInPrompt? Awaiting { get; init; }

    /// <summary>What the last proactive send got: null, or the failure that paused check-ins.</summary>
    public string? LastSendError { get; init; }

    public bool IsPaused => Paused is not null;

    /// <summary>
    /// The schedule of a plan with no KPIs, which has nothing to check in on: no slot, no check-in waiting, no
    /// wake-up. The pause and the history stay, so check-ins resume as they were once the plan has KPIs again.
    /// </summary>
    public CheckInState StoppedWithoutKpis() => this with { Slot = null, NextSlotUtc = null, Pending = null };
}

using StrategyBot.Domain.CheckIns;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// The reminder rules as pure functions of the check-in document and the time: one check-in per slot (a slot missed
/// while the bot was down is sent once, for the latest week), one nudge after <see cref="CheckInOptions.NudgeAfter"/>,
/// at most two unprompted messages per week, and a pause after <see cref="CheckInOptions.IgnoredWeeksBeforePause"/>
/// ignored weeks. Snoozes and "check in now" are the user's own requests and are not counted.
/// </summary>
internal sealed class CheckInRules(CheckInOptions options)
{
    public const int MaxUnpromptedMessagesPerWeek = 2;

    public CheckInDecision Decide(CheckInState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.IsPaused || state.Slot is not { } slot)
        {
            return new CheckInDecision(DueAction.None, default);
        }

        if (state.NextSlotUtc is { } next && next <= now)
        {
            var week = ReportingWeek.At(slot.ToLocal(LatestOccurrence(slot, next, now)));
            if (state.Pending is { } previous && previous.Week != week.ToString() && !previous.Touched
                && state.IgnoredWeeks + 1 >= options.IgnoredWeeksBeforePause)
            {
                return new CheckInDecision(DueAction.PauseForIgnored, week);
            }

            var alreadyAsked = state.Pending?.Week == week.ToString();
            return state.LastReportedWeek == week.ToString() || alreadyAsked
                ? new CheckInDecision(DueAction.None, week)
                : new CheckInDecision(DueAction.CheckIn, week);
        }

        if (state.Pending is { } pending && IsoWeek.TryParse(pending.Week, out var pendingWeek))
        {
            if (pending.SnoozedUntilUtc is { } snoozed && snoozed <= now)
            {
                return new CheckInDecision(DueAction.SnoozeReturn, pendingWeek);
            }

            if (NudgeIsDue(pending, now))
            {
                return new CheckInDecision(DueAction.Nudge, pendingWeek);
            }
        }

        return new CheckInDecision(DueAction.None, default);
    }

    /// <summary>
    /// The state once <paramref name="decision"/> was carried out at <paramref name="now"/> (its message, if any, was
    /// delivered), with the schedule moved on. <paramref name="activityId"/> is the delivered card's id.
    /// </summary>
    public CheckInState Apply(CheckInState state, CheckInDecision decision, DateTimeOffset now, string? activityId)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(decision);
        switch (decision.Action)
        {
            case DueAction.CheckIn when state.Slot is { } slot:
                return CountIgnored(state, decision.Week) with
                {
                    Pending = NewPending(decision.Week, now, activityId, unprompted: 1),
                    NextSlotUtc = slot.ToSchedule().NextDue(now),
                };
            case DueAction.PauseForIgnored:
                return state with { Pending = null, Paused = PauseReason.Ignored, PausedAt = now, IgnoredWeeks = 0, NextSlotUtc = null };
            case DueAction.SnoozeReturn when state.Pending is { } returned:
                return state with
                {
                    Pending = returned with
                    {
                        SnoozedUntilUtc = null,
                        ActivityId = activityId ?? returned.ActivityId,
                        NudgeDueUtc = returned.Nudged ? null : now + options.NudgeAfter,
                    },
                };
            case DueAction.Nudge when state.Pending is { } nudged:
                return state with { Pending = nudged with { Nudged = true, UnpromptedMessages = nudged.UnpromptedMessages + 1 } };
            case DueAction.SnoozeReturn or DueAction.Nudge:
                // Answered on another device while this was being sent: nothing left to record.
                return state;
            default:
                return state.Slot is { } current && state.NextSlotUtc is { } next && next <= now
                    ? CountIgnored(state, decision.Week) with { NextSlotUtc = current.ToSchedule().NextDue(now) }
                    : state;
        }
    }

    /// <summary>A check-in the user asked for ("check in now"); it replaces any pending one and counts as a reaction.</summary>
    public CheckInState ApplyRequested(CheckInState state, IsoWeek week, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var unprompted = state.Pending?.Week == week.ToString() ? state.Pending.UnpromptedMessages : 0;
        return state with { Pending = NewPending(week, now, activityId: null, unprompted) with { Touched = true, NudgeDueUtc = null } };
    }

    /// <summary>The week was answered or skipped: nothing is pending, and the ignored streak ends.</summary>
    public static CheckInState ApplyReported(CheckInState state, IsoWeek week, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state with
        {
            Pending = state.Pending is null || state.Pending.Week == week.ToString() ? null : state.Pending,
            IgnoredWeeks = 0,
            LastReportedWeek = week.ToString(),
            LastReportedAt = now,
        };
    }

    /// <summary>The next moment anything can be due, for the schedule index; null when nothing ever will be.</summary>
    public static DateTimeOffset? NextWake(CheckInState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.IsPaused || state.Slot is null)
        {
            return null;
        }

        DateTimeOffset? wake = state.NextSlotUtc;
        if (state.Pending is { } pending)
        {
            wake = Min(wake, pending.SnoozedUntilUtc);
            if (!pending.Nudged && pending.UnpromptedMessages < MaxUnpromptedMessagesPerWeek && pending.SnoozedUntilUtc is null)
            {
                wake = Min(wake, pending.NudgeDueUtc);
            }
        }

        return wake;
    }

    private static bool NudgeIsDue(PendingCheckIn pending, DateTimeOffset now) =>
        !pending.Nudged && pending.SnoozedUntilUtc is null && pending.NudgeDueUtc is { } due && due <= now
        && pending.UnpromptedMessages < MaxUnpromptedMessagesPerWeek;

    // A week is ignored when its check-in got no reaction at all before the next one falls due.
    private static CheckInState CountIgnored(CheckInState state, IsoWeek newWeek) =>
        state.Pending is { } previous && previous.Week != newWeek.ToString()
            ? state with { IgnoredWeeks = previous.Touched ? 0 : state.IgnoredWeeks + 1, Pending = null }
            : state;

    private PendingCheckIn NewPending(IsoWeek week, DateTimeOffset now, string? activityId, int unprompted) => new()
    {
        Week = week.ToString(),
        SentAtUtc = now,
        UnpromptedMessages = unprompted,
        NudgeDueUtc = now + options.NudgeAfter,
        ActivityId = activityId,
    };

    // However many slots passed while the bot was down, only the latest one is asked about.
    private static DateTimeOffset LatestOccurrence(WeeklySlot slot, DateTimeOffset first, DateTimeOffset now)
    {
        var previous = slot.ToSchedule().PreviousSlot(now);
        return previous > first ? previous : first;
    }

    private static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : (a < b ? a : b);
}

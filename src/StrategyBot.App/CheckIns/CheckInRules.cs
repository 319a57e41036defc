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
    /// Records that <paramref name="decision"/> was carried out at <paramref name="now"/> (its message, if any, was
    /// delivered) and moves the schedule on. <paramref name="activityId"/> is the delivered card's id.
    /// </summary>
    public void Apply(CheckInState state, CheckInDecision decision, DateTimeOffset now, string? activityId)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(decision);
        switch (decision.Action)
        {
            case DueAction.CheckIn when state.Slot is not null:
                CountIgnored(state, decision.Week);
                state.Pending = NewPending(decision.Week, now, activityId, unprompted: 1);
                state.NextSlotUtc = state.Slot!.ToSchedule().NextDue(now);
                break;
            case DueAction.PauseForIgnored:
                state.Pending = null;
                state.Paused = PauseReason.Ignored;
                state.PausedAt = now;
                state.IgnoredWeeks = 0;
                state.NextSlotUtc = null;
                break;
            case DueAction.SnoozeReturn when state.Pending is { } returned:
                returned.SnoozedUntilUtc = null;
                returned.ActivityId = activityId ?? returned.ActivityId;
                returned.NudgeDueUtc = returned.Nudged ? null : now + options.NudgeAfter;
                break;
            case DueAction.Nudge when state.Pending is { } nudged:
                nudged.Nudged = true;
                nudged.UnpromptedMessages++;
                break;
            case DueAction.SnoozeReturn or DueAction.Nudge:
                // Answered on another device while this was being sent: nothing left to record.
                break;
            default:
                if (state.Slot is { } slot && state.NextSlotUtc is { } next && next <= now)
                {
                    CountIgnored(state, decision.Week);
                    state.NextSlotUtc = slot.ToSchedule().NextDue(now);
                }

                break;
        }
    }

    /// <summary>A check-in the user asked for ("check in now"); it replaces any pending one and counts as a reaction.</summary>
    public void ApplyRequested(CheckInState state, IsoWeek week, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var unprompted = state.Pending?.Week == week.ToString() ? state.Pending.UnpromptedMessages : 0;
        state.Pending = NewPending(week, now, activityId: null, unprompted);
        state.Pending.Touched = true;
        state.Pending.NudgeDueUtc = null;
    }

    /// <summary>The week was answered or skipped: nothing is pending, and the ignored streak ends.</summary>
    public static void ApplyReported(CheckInState state, IsoWeek week, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Pending is null || state.Pending.Week == week.ToString())
        {
            state.Pending = null;
        }

        state.IgnoredWeeks = 0;
        state.LastReportedWeek = week.ToString();
        state.LastReportedAt = now;
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
    private static void CountIgnored(CheckInState state, IsoWeek newWeek)
    {
        if (state.Pending is { } previous && previous.Week != newWeek.ToString())
        {
            state.IgnoredWeeks = previous.Touched ? 0 : state.IgnoredWeeks + 1;
            state.Pending = null;
        }
    }

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

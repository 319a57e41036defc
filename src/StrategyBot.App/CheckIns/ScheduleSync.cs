using Microsoft.Extensions.Options;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// Keeps the "checkins" document and the schedule index in step with the plan: a plan with KPIs gets a weekly slot
/// (the plan's day, time and zone; else the user's Teams zone; else the configured defaults), and the index gets a
/// row for the next wake-up. Writes to the index only when the wake-up moved earlier, so an ordinary interview turn
/// costs no extra round trip, and then replaces the row the document recorded in the same transaction, so a user has
/// one row however often the slot changes. The row is written before the turn's save: if that save fails the row is
/// merely early, and the scheduler, finding nothing due in the document, replaces it by the wake-up the document says.
/// </summary>
internal sealed class ScheduleSync(IScheduleIndex index, IOptions<CheckInOptions> options, TimeProvider time, ILogger<ScheduleSync> logger)
{
    public WeeklySlot EffectiveSlot(StateSet state, Activity? activity)
    {
        // Read-only on every turn: the shared views cost no parse when the interview already read them.
        var plan = TurnState.Of(state).Plan;
        var profile = TurnState.Of(state).Profile;
        var settings = options.Value;
        var zone = new[] { plan.Control.TimeZoneId, profile.TimeZoneId, activity?.GetTimeZoneId(), settings.DefaultTimeZone }
            .Select(TimeZones.Find)
            .First(z => z is not null)!;
        return new WeeklySlot(plan.Control.CheckInDay ?? settings.DefaultDayOfWeek, plan.Control.CheckInTime ?? settings.DefaultTime, zone.Id);
    }

    /// <summary>
    /// Brings the schedule in line with the plan, through <see cref="TurnState.UpdateCheckIns"/>; returns true when
    /// check-ins have just started for this user.
    /// </summary>
    public async Task<bool> SyncAsync(TurnContext turn, StateSet state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        var now = time.GetUtcNow();
        var typed = TurnState.Of(state);
        if (!CheckInInputs.HasKpis(typed.Plan))
        {
            typed.UpdateCheckIns(c => c.StoppedWithoutKpis());
            return false;
        }

        var checkIns = typed.CheckIns;
        if (checkIns.Paused == PauseReason.Unreachable && turn.Activity.Type == ActivityTypes.Message)
        {
            // The user wrote to us, so the conversation works again (reinstalled, unblocked).
            checkIns = checkIns with { Paused = null, LastSendError = null };
            Log.CheckInsResumedAfterUnreachable(logger);
        }

        var started = checkIns.Slot is null && !checkIns.IsPaused;
        var slot = EffectiveSlot(state, turn.Activity);
        if (checkIns.Slot != slot || (checkIns.NextSlotUtc is null && !checkIns.IsPaused))
        {
            checkIns = checkIns with { Slot = slot, NextSlotUtc = checkIns.IsPaused ? null : slot.ToSchedule().NextDue(now) };
        }

        typed.UpdateCheckIns(_ => checkIns);
        await IndexAsync(state, cancellationToken);
        return started;
    }

    /// <summary>
    /// Writes the index row for the check-in state's next wake-up when it is not there yet, replacing the row the state
    /// recorded, so the user keeps one row (one write, as before; a second only when that row has just been claimed).
    /// </summary>
    public async Task IndexAsync(StateSet state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var checkIns = TurnState.Of(state).CheckIns;

        // Paused or stopped: the recorded row stays until it fires (the scheduler then finds nothing due and drops it),
        // which spares this turn a write; it stays recorded, so resuming replaces it.
        if (CheckInRules.NextWake(checkIns) is not { } due)
        {
            return;
        }

        // A wake-up already indexed for an earlier moment fires first and re-indexes; only an earlier one needs a write.
        var recorded = checkIns.IndexedDueUtc;
        if (recorded is { } indexed && indexed <= due && indexed > time.GetUtcNow() - options.Value.ClaimLease)
        {
            return;
        }

        try
        {
            await (recorded is { } previous
                ? index.ReplaceAsync(state.Scope, previous, due, cancellationToken)
                : index.SetAsync(state.Scope, due, cancellationToken));
            TurnState.Of(state).UpdateCheckIns(c => c with { IndexedDueUtc = due });
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The transaction wrote nothing, so the recorded row is still the user's one row; the next turn tries again.
            Log.CheckInIndexWriteFailed(logger, ex);
        }
    }

    /// <summary>"Monday 8 March 2027, 09:00" in the slot's zone, or a dash when there is none.</summary>
    public static string Describe(Language language, DateTimeOffset? utc, WeeklySlot? slot) =>
        utc is { } moment && slot is not null ? CheckInFormat.Moment(language, moment, slot) : "–";
}

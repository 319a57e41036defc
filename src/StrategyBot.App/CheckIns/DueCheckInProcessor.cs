using Microsoft.Extensions.Options;
using StrategyBot.App.Conversation;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// Handles one claimed wake-up outside any turn: load the four documents it needs, decide what is due, send it through
/// the stored conversation reference, record it in the "checkins" document (ETag-guarded, re-applied on a conflict
/// with a live turn), then replace the index row by the next wake-up in one transaction. A crash anywhere before that
/// last step leaves the claimed row to fall due again when its lease ends. A scope without a "checkins" document (the
/// user deleted their data while the row was claimed, or the turn that scheduled it never saved) gets no message and no
/// write: the claim is completed with no next wake-up, so nothing of the user is recreated. A send Teams refused with
/// 429 on every retry changes nothing either: its row moves (ETag-guarded, like a claim) to after the Retry-After, or a
/// short backoff, so the next tick tries it again instead of waiting out the claim lease.
/// </summary>
internal sealed class DueCheckInProcessor(
    IStateStore store,
    IScheduleIndex index,
    ProactiveSender sender,
    CheckInRules rules,
    CheckInMetrics metrics,
    IOptions<CheckInOptions> options,
    TimeProvider time,
    ILogger<DueCheckInProcessor> logger)
{
    private const int MaxSaveAttempts = 3;

    /// <summary>The wait before a throttled send is tried again when Teams named none; up to half as much again is added at random.</summary>
    internal static readonly TimeSpan ThrottledBackoff = TimeSpan.FromSeconds(10);

    // A Retry-After is honoured within these bounds: at least a second, so a retry never lands in the same
    // per-conversation window, and at most an hour, so an odd header cannot push a check-in days away.
    private static readonly TimeSpan s_minimumWait = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_maximumWait = TimeSpan.FromHours(1);

    // Everything a wake-up reads: the plan's KPIs, the user's language, where to send, and the schedule itself. Read by
    // key rather than as the whole scope: the scheduler has no use for the dialog stack or the interview notes, and a
    // Monday-09:00 burst of scope queries is what made Azurite (which scans the table for every query) the bottleneck.
    // The kept copies of an unreadable plan, profile or check-in document come along so that setting one aside here
    // replaces them (an unreadable check-in document is set aside by TurnState.CheckIns and comes back paused).
    private static readonly string[] s_documents =
    [
        TurnState.PlanDocument,
        TurnState.ProfileDocument,
        TurnState.ReferenceDocument,
        CheckInDocuments.Name,
        UnreadableDocuments.KeptName(TurnState.PlanDocument),
        UnreadableDocuments.KeptName(TurnState.ProfileDocument),
        UnreadableDocuments.KeptName(CheckInDocuments.Name),
    ];

    /// <summary>Returns what was sent (None when nothing was due, the conversation is gone or the user's data is), or that it was requeued.</summary>
    public async Task<DueOutcome> ProcessAsync(ScheduleEntry claimed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        var state = await store.LoadDocumentsAsync(claimed.Scope, s_documents, cancellationToken);
        if (state.Find(CheckInDocuments.Name) is not { Exists: true })
        {
            Log.CheckInScopeGone(logger);
            await index.CompleteAsync(claimed, next: null, cancellationToken);
            return DueOutcome.Nothing;
        }

        var now = time.GetUtcNow();
        var decision = rules.Decide(TurnState.Of(state).CheckIns, now);

        // An unreadable plan or profile is set aside now (an unreadable check-in document was, by the load above) and
        // saved with the check-ins below; the user hears of it on their next message.
        TurnState.Of(state).SetAsideUnreadable();
        UnreadableDocumentNotice.Report(state, logger);

        // A plan without KPIs (one just set aside, or edited down) has nothing to ask about: an empty card would only
        // confuse. The user's next turn would stop the schedule too; this stops it now.
        var hadKpis = CheckInInputs.HasKpis(TurnState.Of(state).Plan);
        var outcome = hadKpis ? await SendAsync(state, decision, cancellationToken) : null;
        if (outcome is { Throttled: true })
        {
            await RequeueAsync(claimed, decision.Action, outcome.RetryAfter, cancellationToken);
            return DueOutcome.RequeuedAfterThrottling;
        }

        DateTimeOffset? wake = null;
        for (var attempt = 1; ; attempt++)
        {
            // On the state as loaded by this attempt: a retry after a conflict applies the outcome to the live turn's state.
            var checkIns = TurnState.Of(state).CheckIns;
            if (!hadKpis)
            {
                if (!CheckInInputs.HasKpis(TurnState.Of(state).Plan))
                {
                    Log.CheckInsStoppedWithoutKpis(logger);
                    checkIns = checkIns.StoppedWithoutKpis();
                }
            }
            else if (outcome is { ConversationGone: true })
            {
                checkIns = checkIns with
                {
                    Paused = PauseReason.Unreachable,
                    PausedAt = now,
                    Pending = null,
                    LastSendError = outcome.Error,

                    // When the user comes back, check-ins carry on from the next slot rather than the refused one.
                    NextSlotUtc = checkIns.Slot?.ToSchedule().NextDue(now),
                };
            }
            else
            {
                checkIns = rules.Apply(checkIns, decision, now, outcome?.ActivityId);
            }

            wake = CheckInRules.NextWake(checkIns);
            TurnState.Of(state).UpdateCheckIns(_ => checkIns with { IndexedDueUtc = wake });
            try
            {
                await store.SaveAsync(state, cancellationToken);
                break;
            }
            catch (StateConflictException) when (attempt < MaxSaveAttempts)
            {
                Log.CheckInStateConflict(logger, attempt);
                state = await store.LoadDocumentsAsync(claimed.Scope, s_documents, cancellationToken);
                if (state.Find(CheckInDocuments.Name) is not { Exists: true })
                {
                    // Deleted since the load: "delete my data" won. A message already sent cannot be recalled, but
                    // nothing is written back and no wake-up is kept.
                    Log.CheckInScopeGone(logger);
                    wake = null;
                    break;
                }
            }
        }

        await index.CompleteAsync(claimed, wake, cancellationToken);
        return outcome is { Delivered: true } ? new DueOutcome(decision.Action, Requeued: false) : DueOutcome.Nothing;
    }

    // Nothing was sent and nothing is saved: the state still says the check-in is due, so moving the claimed row to the
    // retry moment is all a requeue needs. If the row is no longer ours (the lease ran out, the user's data was
    // erased), its new holder or the erasure decides.
    private async Task RequeueAsync(ScheduleEntry claimed, DueAction action, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var wait = retryAfter ?? ThrottledBackoff + (ThrottledBackoff / 2 * Random.Shared.NextDouble());
        wait = wait < s_minimumWait ? s_minimumWait : wait > s_maximumWait ? s_maximumWait : wait;
        metrics.RecordRequeued();
        Log.CheckInRequeuedAfterThrottling(logger, action, retryAfter, wait);
        await index.TryClaimAsync(claimed, time.GetUtcNow() + wait, cancellationToken);
    }

    private async Task<SendOutcome?> SendAsync(StateSet state, CheckInDecision decision, CancellationToken cancellationToken)
    {
        // Read only, so the views the wake-up already built serve: no second parse of the plan per check-in.
        var plan = TurnState.Of(state).Plan;
        var language = TurnState.Of(state).Profile.Language;
        var activity = CheckInMessages.ForDecision(decision, plan, TurnState.Of(state).CheckIns, language, options.Value.IgnoredWeeksBeforePause);
        if (activity is null)
        {
            return null;
        }

        var reference = TurnState.Of(state).Reference;
        var outcome = reference is null
            ? SendOutcome.Gone("NoConversationReference")
            : await sender.SendAsync(reference, activity, cancellationToken);
        if (outcome.ConversationGone)
        {
            Log.CheckInConversationGone(logger, decision.Action, outcome.Error ?? "unknown");
        }
        else
        {
            Log.CheckInDelivered(logger, decision.Action, decision.Week);
        }

        return outcome;
    }
}

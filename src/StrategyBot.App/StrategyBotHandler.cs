using Azure;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.App.Privacy;
using StrategyBot.App.RateLimiting;
using StrategyBot.App.Storage;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App;

/// <summary>
/// The turn pipeline: load the user's scope once, drop redeliveries, let <see cref="ActivityRouter"/> do the work,
/// then save everything the turn changed in one atomic write. Replies leave only after that write succeeded, so the
/// user never sees a question whose answer was not stored.
/// </summary>
internal sealed class StrategyBotHandler(
    IStateStore store,
    ActivityRouter router,
    TurnStorageMetrics metrics,
    ILogger<StrategyBotHandler> logger,
    PrivacyTurnHandler? privacy = null,
    UserRateLimiter? rateLimiter = null) : IBot
{
    // Each retry reloads the scope; three covers a burst of messages from two devices without looping on a hot scope.
    private const int MaxAttempts = 3;

    // A team plan's scope is shared by every member of the channel: several answering at once each cost the others a
    // retry (the store detects conflicts per scope), so a shared scope gets more attempts before "please resend".
    private const int MaxSharedAttempts = 8;

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;

        // Counted where the requests are made, so a load the store answered from its cache costs nothing here, and a
        // turn's writes to other tables (the check-in schedule) count too.
        var tally = StorageTally.Start();
        var ran = false;
        try
        {
            // Inside the try, like everything else of the turn: whatever fails is logged with its type and apologised for.
            var scope = TurnScope.From(activity);
            if (scope is null)
            {
                Log.NoUserScope(logger, activity.Type);
                return;
            }

            if (rateLimiter?.TryEnter(turn, scope) == false)
            {
                // Over the limit: nothing is loaded, run or stored, so a flood costs no storage and loses nothing saved.
                return;
            }

            ran = true;
            await RunWithRetriesAsync(turn, scope, cancellationToken);
        }
        catch (Exception ex) when (IsStorageFailure(ex, cancellationToken))
        {
            Log.StorageFailed(logger, activity.Type, ErrorType(ex), ex);
            Apologise(turn, TextKey.SaveFailed);
        }
        catch (StateTooLargeException ex)
        {
            // Sending it again would fail the same way, so say what would help; the save was refused before writing.
            Log.StorageFailed(logger, activity.Type, ErrorType(ex), ex);
            Apologise(turn, TextKey.StateTooLarge);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.TurnFailed(logger, activity.Type, ErrorType(ex), ex);
            Apologise(turn, TextKey.GenericError);
        }
        finally
        {
            if (ran)
            {
                metrics.Record(tally.Calls, activity.Type);
            }
        }
    }

    private async Task RunWithRetriesAsync(TurnContext turn, StateScope scope, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;

        // Replies wait for the save, so the turn may start from the store's own copy of its last write (see IStateStore).
        var state = await store.LoadForUpdateAsync(scope, cancellationToken);
        var maxAttempts = scope.Kind == StateScopeKind.Conversation ? MaxSharedAttempts : MaxAttempts;
        for (var attempt = 1; ; attempt++)
        {
            if (ProcessedActivities.WasProcessed(state, activity.Id))
            {
                Log.DuplicateActivity(logger, activity.Id);
                return;
            }

            // Kept only to tell, after a conflict, whether the conversation moved on.
            var positionBefore = DialogPosition.Of(state);
            // "delete my data" in a channel must never erase the channel's scope: privacy commands are personal.
            var privacyOutcome = privacy is null || scope.Kind != StateScopeKind.User
                ? PrivacyOutcome.NotHandled
                : await privacy.HandleAsync(turn, state, cancellationToken);
            if (privacyOutcome == PrivacyOutcome.HandledSaveNothing)
            {
                // The user's data was erased (or there was none): not even the dedupe id or the reference is written back.
                return;
            }

            if (privacyOutcome == PrivacyOutcome.NotHandled)
            {
                await router.RouteAsync(turn, state, cancellationToken);
            }

            Stamp(state, activity);
            try
            {
                // Also when nothing changed: that is how a turn started from a cached copy learns the copy was current.
                await store.SaveAsync(state, cancellationToken);
                return;
            }
            catch (StateConflictException ex) when (attempt < maxAttempts)
            {
                turn.ClearOutbox();
                turn.InvokeResponse = null;
                state = await store.LoadAsync(scope, cancellationToken);
                if (ex.LoadedCopyWasStale)
                {
                    // The turn started from a copy that missed an earlier change (made by another instance): nothing
                    // raced this message, so it is simply run on the stored state, which is what the user last saw.
                    Log.StateConflict(logger, attempt, "the cached state was out of date; running the turn on the stored state");
                    continue;
                }

                if (!positionBefore.Equals(DialogPosition.Of(state))
                    && activity.Type == ActivityTypes.Message
                    && !ProcessedActivities.WasProcessed(state, activity.Id))
                {
                    // Another device moved the conversation on: this message answered a question that is gone.
                    // Say so and ask the current question rather than filing the answer under the next one.
                    Log.StateConflict(logger, attempt, "the dialog moved on; re-asking the current question");
                    await router.ExplainMovedOnAsync(turn, state, cancellationToken);
                    Stamp(state, activity);
                    await store.SaveAsync(state, cancellationToken);
                    return;
                }

                Log.StateConflict(logger, attempt, "running the turn again on the fresh state");
            }
        }
    }

    private static void Stamp(StateSet state, Activity activity)
    {
        ProcessedActivities.MarkProcessed(state, activity.Id);

        // A message extension is used from any chat, channel or meeting: that conversation is not where the user's
        // check-ins belong (docs/bot-protocol.md#message-extensions), so it never replaces the stored reference.
        if (!MessagingExtensionInvokes.IsMessagingExtension(activity.Name))
        {
            TurnState.Of(state).SaveReference(ConversationReference.FromActivity(activity));
        }
    }

    private static void Apologise(TurnContext turn, TextKey key)
    {
        turn.ClearOutbox();
        var language = Languages.FromLocale(turn.Activity.GetLocale());
        if (turn.Activity.Type == ActivityTypes.Invoke)
        {
            turn.InvokeResponse = InvokeResponse.Text(turn.Activity.Name, Texts.Get(language, key));
            return;
        }

        // A welcome that failed is apologised for too: the user just installed the app and waits for an answer.
        if (turn.Activity.Type == ActivityTypes.Message || ActivityRouter.WouldWelcome(turn.Activity))
        {
            turn.SendText(Texts.Get(language, key));
        }
    }

    // The exception's type, and for a wrapper the type inside, so the log line says what actually went wrong.
    private static string ErrorType(Exception ex) =>
        ex is AggregateException { InnerExceptions: [var inner] } ? $"{ex.GetType().Name}: {inner.GetType().Name}" : ex.GetType().Name;

    private static bool IsStorageFailure(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        RequestFailedException or HttpRequestException or TimeoutException => true,
        StateConflictException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        AggregateException aggregate => aggregate.InnerExceptions.All(e => IsStorageFailure(e, cancellationToken)),
        _ => false,
    };
}

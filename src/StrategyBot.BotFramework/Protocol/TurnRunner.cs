using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// Runs one turn in its own DI scope: the registered <see cref="IBot"/>, then delivery of its outbox. A non-invoke
/// turn is acknowledged only once the bot has finished it (and so saved it): a 200 tells Teams it need not redeliver
/// (docs/bot-protocol.md#acknowledgement-and-redelivery), so an acknowledgement before the save would lose the answer
/// if the process died in between. Only the delivery of the replies may continue in the background after
/// <see cref="BotFrameworkOptions.TurnAckTimeout"/>, bound to host shutdown. A bot slower than 15 s is redelivered.
/// </summary>
internal sealed class TurnRunner(
    IServiceScopeFactory scopeFactory,
    RecentActivityFilter recentActivities,
    TurnGate gate,
    TurnMetrics metrics,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    IOptions<BotFrameworkOptions> options,
    ILogger<TurnRunner> logger)
{
    /// <summary>Runs a non-invoke turn; returns once the bot has finished it, false when the bot failed.</summary>
    public async Task<bool> RunAsync(Activity activity, CancellationToken requestAborted)
    {
        var started = time.GetTimestamp();
        var finished = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var delivered = RunAndDeliverAsync(activity, finished, lifetime.ApplicationStopping);
        if (!await finished.Task.WaitAsync(requestAborted))
        {
            return false;
        }

        // The replies get what is left of the window; a slow connector must not hold the request past Teams' deadline.
        var window = options.Value.TurnAckTimeout - time.GetElapsedTime(started);
        if (!delivered.IsCompleted && window > TimeSpan.Zero)
        {
            try
            {
                await delivered.WaitAsync(window, time, requestAborted);
            }
            catch (TimeoutException)
            {
                // Logged below: the turn is saved, so acknowledging it now loses nothing.
            }
        }

        if (!delivered.IsCompleted)
        {
            FrameworkLog.TurnContinuesInBackground(logger, activity.Type, options.Value.TurnAckTimeout);
        }

        return true;
    }

    /// <summary>Runs an invoke turn and returns its response; the outbox, if any, is delivered after the response.</summary>
    public async Task<(bool Succeeded, InvokeResponse? Response)> RunInvokeAsync(Activity activity, CancellationToken requestAborted)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, lifetime.ApplicationStopping);
        using var lease = await EnterAsync(activity, linked.Token);
        await using var scope = scopeFactory.CreateAsyncScope();
        var turn = new TurnContext(activity);
        var started = time.GetTimestamp();
        var succeeded = await CallBotAsync(scope.ServiceProvider, turn, linked.Token);
        metrics.RecordTurn(ActivityTypes.Invoke, time.GetElapsedTime(started), succeeded);
        if (succeeded && (turn.Outbox.Count > 0 || turn.Updates.Count > 0))
        {
            _ = DeliverInBackgroundAsync(activity, [.. turn.Updates], [.. turn.Outbox], turn.NotifySentAsync);
        }

        return (succeeded, succeeded ? turn.InvokeResponse : null);
    }

    private async Task RunAndDeliverAsync(Activity activity, TaskCompletionSource<bool> finished, CancellationToken cancellationToken)
    {
        try
        {
            await RunTurnAsync(activity, finished.SetResult, cancellationToken);
        }
        finally
        {
            // Whatever ended the turn early, the waiting request must not wait for ever.
            finished.TrySetResult(false);
        }
    }

    private async Task RunTurnAsync(Activity activity, Action<bool> onFinished, CancellationToken cancellationToken)
    {
        // The place in the conversation's queue is taken before anything yields, so turns keep the order they came in.
        var entering = EnterAsync(activity, cancellationToken);

        // Leave the request's synchronous context first, so the acknowledgement timer starts right away.
        await Task.Yield();

        // Held until the replies are out: the next turn of the conversation starts from this one's saved state, and its
        // replies cannot overtake this one's.
        IDisposable lease;
        try
        {
            lease = await entering;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            FrameworkLog.TurnCancelled(logger, activity.Type);
            recentActivities.Forget(activity);
            return;
        }

        using var held = lease;
        await using var scope = scopeFactory.CreateAsyncScope();
        var turn = new TurnContext(activity);
        var started = time.GetTimestamp();
        var succeeded = await CallBotAsync(scope.ServiceProvider, turn, cancellationToken);
        onFinished(succeeded);
        if (succeeded)
        {
            await DeliverAsync(scope.ServiceProvider, activity, turn.Updates, turn.Outbox, turn.NotifySentAsync, cancellationToken);
        }

        metrics.RecordTurn(activity.Type ?? "unknown", time.GetElapsedTime(started), succeeded);
    }

    // One conversation's turns run one at a time in this process (see README, "Concurrent turns"); across instances the
    // state store's ETags decide. Activities without a conversation have nothing to keep in order.
    private Task<IDisposable> EnterAsync(Activity activity, CancellationToken cancellationToken) =>
        gate.EnterAsync(activity.Conversation?.Id is { Length: > 0 } id ? $"{activity.ChannelId}\n{id}" : null, cancellationToken);

    private async Task<bool> CallBotAsync(IServiceProvider services, TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        using var span = BotFrameworkTelemetry.Source.StartActivity("bot turn " + activity.Type);
        span?.SetTag(BotFrameworkTelemetry.ActivityTypeTag, activity.Type);
        span?.SetTag("bot.channel.id", activity.ChannelId);
        span?.SetTag("bot.conversation.type", activity.Conversation?.ConversationType);
        try
        {
            await services.GetRequiredService<IBot>().OnTurnAsync(turn, cancellationToken);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            FrameworkLog.TurnCancelled(logger, activity.Type);
            span?.SetStatus(ActivityStatusCode.Error, "cancelled");
        }
        catch (Exception exception)
        {
            FrameworkLog.TurnFailed(logger, activity.Type, exception.GetType().Name, exception);
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        }

        recentActivities.Forget(activity);
        return false;
    }

    private async Task DeliverInBackgroundAsync(
        Activity activity, IReadOnlyList<ActivityUpdate> updates, IReadOnlyList<Activity> outbox, Func<Activity, ResourceResponse, CancellationToken, Task> onSent)
    {
        await Task.Yield();
        await using var scope = scopeFactory.CreateAsyncScope();
        await DeliverAsync(scope.ServiceProvider, activity, updates, outbox, onSent, lifetime.ApplicationStopping);
    }

    private async Task DeliverAsync(
        IServiceProvider services,
        Activity activity,
        IReadOnlyList<ActivityUpdate> updates,
        IReadOnlyList<Activity> outbox,
        Func<Activity, ResourceResponse, CancellationToken, Task> onSent,
        CancellationToken cancellationToken)
    {
        try
        {
            await services.GetRequiredService<ReplyDelivery>().DeliverAsync(activity, updates, outbox, cancellationToken, onSent);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            FrameworkLog.TurnCancelled(logger, activity.Type);
        }
        catch (Exception exception)
        {
            // Delivery must never fault a background task or fail a turn whose state is already saved.
            FrameworkLog.ReplyDeliveryCrashed(logger, exception);
        }
    }
}

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// One inbound activity and what the bot wants to say back. Replies are queued, not sent: the endpoint delivers
/// them only after the bot has finished the turn, so a turn whose state could not be saved never shows the user a
/// question that was not persisted. Updates of earlier bot messages are queued the same way and delivered first.
/// </summary>
public sealed class TurnContext
{
    private readonly List<Activity> _outbox = [];
    private readonly List<ActivityUpdate> _updates = [];
    private readonly Dictionary<Activity, Func<ResourceResponse, CancellationToken, Task>> _sentCallbacks = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates a context for <paramref name="activity"/>.</summary>
    public TurnContext(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Activity = activity;
    }

    /// <summary>The inbound activity.</summary>
    public Activity Activity { get; }

    /// <summary>Replies queued for delivery after the turn, in order.</summary>
    public IReadOnlyList<Activity> Outbox => _outbox;

    /// <summary>Replacements of earlier bot messages queued for delivery after the turn, before the replies.</summary>
    public IReadOnlyList<ActivityUpdate> Updates => _updates;

    /// <summary>The body for an <c>invoke</c>; null answers an empty 200.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>Queues a reply. Conversation, recipient and reply-to are filled in on delivery.</summary>
    public void Send(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        reply.Type ??= ActivityTypes.Message;
        _outbox.Add(reply);
    }

    /// <summary>
    /// Queues a reply ahead of every reply queued so far: for a notice that explains what the others mean but is only
    /// known once they were written (something found while the turn ran).
    /// </summary>
    public void SendFirst(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        reply.Type ??= ActivityTypes.Message;
        _outbox.Insert(0, reply);
    }

    /// <summary>
    /// Queues a reply like <see cref="Send"/>, and calls <paramref name="onSent"/> with the connector's answer once it was
    /// delivered (after the turn's save), for a message the bot will update later and so must know the id of. Not called
    /// when the reply was not delivered.
    /// </summary>
    public void SendTracked(Activity reply, Func<ResourceResponse, CancellationToken, Task> onSent)
    {
        ArgumentNullException.ThrowIfNull(onSent);
        Send(reply);
        _sentCallbacks[reply] = onSent;
    }

    /// <summary>Runs the callback <see cref="SendTracked"/> registered for <paramref name="reply"/>, if any.</summary>
    internal Task NotifySentAsync(Activity reply, ResourceResponse response, CancellationToken cancellationToken) =>
        _sentCallbacks.TryGetValue(reply, out var onSent) ? onSent(response, cancellationToken) : Task.CompletedTask;

    /// <summary>Queues a plain text message.</summary>
    public void SendText(string text) => Send(new Activity { Type = ActivityTypes.Message, Text = text });

    /// <summary>
    /// Queues replacing the bot's earlier message <paramref name="activityId"/> with <paramref name="replacement"/>; in a
    /// channel, <paramref name="conversationId"/> names the thread it was posted in when that is not this turn's.
    /// A second update of the same message in one turn replaces the first, so only the final content goes out.
    /// </summary>
    public void UpdateActivity(string activityId, Activity replacement, string? conversationId = null)
    {
        var update = new ActivityUpdate(activityId, replacement, conversationId);
        replacement.Type ??= ActivityTypes.Message;
        _updates.RemoveAll(queued => queued.ActivityId == activityId);
        _updates.Add(update);
    }

    /// <summary>Drops every queued reply and update, for example when the turn failed and only an apology should go out.</summary>
    public void ClearOutbox()
    {
        _outbox.Clear();
        _updates.Clear();
        _sentCallbacks.Clear();
    }
}

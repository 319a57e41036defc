namespace StrategyBot.Bench.Connector;

/// <summary>What the fake connector accepted for one conversation, and who waits for a reply to which activity.</summary>
internal sealed class ConversationLog
{
    private readonly Lock _lock = new();
    private readonly List<ConnectorReply> _replies = [];
    private readonly Dictionary<string, TaskCompletionSource> _waiters = new(StringComparer.Ordinal);

    /// <summary>Activities accepted (201) in this conversation.</summary>
    public int Deliveries
    {
        get
        {
            lock (_lock)
            {
                return _replies.Count;
            }
        }
    }

    /// <summary>A task that completes when the first reply to <paramref name="activityId"/> arrives.</summary>
    public Task ExpectReplyTo(string activityId)
    {
        lock (_lock)
        {
            if (_replies.Exists(r => r.ReplyToId == activityId))
            {
                return Task.CompletedTask;
            }

            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters[activityId] = waiter;
            return waiter.Task;
        }
    }

    public void Add(ConnectorReply reply)
    {
        TaskCompletionSource? waiter = null;
        lock (_lock)
        {
            _replies.Add(reply);
            if (reply.ReplyToId is not null)
            {
                _waiters.Remove(reply.ReplyToId, out waiter);
            }
        }

        waiter?.TrySetResult();
    }

    /// <summary>Every reply to <paramref name="activityId"/>, in arrival order.</summary>
    public List<ConnectorReply> RepliesTo(string activityId)
    {
        lock (_lock)
        {
            return _replies.FindAll(r => r.ReplyToId == activityId);
        }
    }
}

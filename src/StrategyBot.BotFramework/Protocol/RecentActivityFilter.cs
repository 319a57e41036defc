namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// A bounded, per-instance memory of recently started (conversation id, activity id) pairs, so that a Teams
/// redelivery that arrives while the first delivery is still running (after 15 s, msteams-docs#6084) does not start
/// a second turn. Durable, cross-instance dedupe lives in the user's state documents; this only closes the
/// in-flight window that state cannot see yet.
/// </summary>
internal sealed class RecentActivityFilter(TimeProvider time)
{
    /// <summary>How many pairs are remembered at most.</summary>
    public const int Capacity = 10_000;

    /// <summary>How long a pair is remembered; covers Teams' redelivery and client retries.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromMinutes(10);

    private readonly Dictionary<(string ConversationId, string ActivityId), DateTimeOffset> _seen = [];
    private readonly Queue<(string ConversationId, string ActivityId)> _order = new();
    private readonly Lock _lock = new();

    /// <summary>Returns false when this activity was already started recently. Activities without ids always pass.</summary>
    public bool TryBegin(Activity activity)
    {
        if (Key(activity) is not { } key)
        {
            return true;
        }

        var now = time.GetUtcNow();
        lock (_lock)
        {
            Expire(now);
            if (_seen.ContainsKey(key))
            {
                return false;
            }

            _seen[key] = now;
            _order.Enqueue(key);
            while (_seen.Count > Capacity && _order.TryDequeue(out var oldest))
            {
                _seen.Remove(oldest);
            }

            return true;
        }
    }

    /// <summary>Forgets an activity whose turn failed, so that a redelivery may try again.</summary>
    public void Forget(Activity activity)
    {
        if (Key(activity) is not { } key)
        {
            return;
        }

        lock (_lock)
        {
            _seen.Remove(key);
        }
    }

    private static (string, string)? Key(Activity activity) =>
        string.IsNullOrEmpty(activity.Id) || string.IsNullOrEmpty(activity.Conversation?.Id)
            ? null
            : (activity.Conversation.Id, activity.Id);

    private void Expire(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest)
            && (!_seen.TryGetValue(oldest, out var seenAt) || now - seenAt > Retention))
        {
            _order.Dequeue();
            _seen.Remove(oldest);
        }
    }
}

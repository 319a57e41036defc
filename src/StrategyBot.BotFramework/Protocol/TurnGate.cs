namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// Lets turns with the same key run one at a time, in the order they asked (first come, first served), in this
/// process. Keys nobody holds or waits for are forgotten, so the gate's size follows the conversations in flight.
/// </summary>
internal sealed class TurnGate
{
    private static readonly Task<IDisposable> s_nothingToWaitFor = Task.FromResult<IDisposable>(new NoLease());

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Keys held or waited for right now; for tests.</summary>
    public int ActiveKeys
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>
    /// Waits until no earlier caller holds <paramref name="key"/>, then holds it until the returned lease is disposed.
    /// The place in the queue is taken before this method first yields, so callers that call it in order are served in
    /// that order. A null key waits for nothing.
    /// </summary>
    public Task<IDisposable> EnterAsync(string? key, CancellationToken cancellationToken) =>
        key is null ? s_nothingToWaitFor : EnterKeyAsync(key, cancellationToken);

    private async Task<IDisposable> EnterKeyAsync(string key, CancellationToken cancellationToken)
    {
        Entry entry;
        LinkedListNode<TaskCompletionSource> waiter;
        lock (_entries)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                entry = new Entry();
                _entries.Add(key, entry);
            }

            entry.References++;
            if (!entry.Held)
            {
                entry.Held = true;
                return new Lease(this, key, entry);
            }

            waiter = entry.Waiters.AddLast(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        using (cancellationToken.Register(() => Abandon(key, entry, waiter, cancellationToken)))
        {
            await waiter.Value.Task;
        }

        return new Lease(this, key, entry);
    }

    private void Abandon(string key, Entry entry, LinkedListNode<TaskCompletionSource> waiter, CancellationToken cancellationToken)
    {
        lock (_entries)
        {
            // Already handed the gate: the waiter goes on and releases it like any holder.
            if (waiter.List is null)
            {
                return;
            }

            entry.Waiters.Remove(waiter);
            Forget(key, entry);
        }

        waiter.Value.TrySetCanceled(cancellationToken);
    }

    private void Release(string key, Entry entry)
    {
        TaskCompletionSource? next = null;
        lock (_entries)
        {
            if (entry.Waiters.First is { } first)
            {
                // Handed straight to the next in line, so nobody who came later can slip in between.
                entry.Waiters.RemoveFirst();
                next = first.Value;
            }
            else
            {
                entry.Held = false;
            }

            Forget(key, entry);
        }

        next?.TrySetResult();
    }

    private void Forget(string key, Entry entry)
    {
        if (--entry.References == 0)
        {
            _entries.Remove(key);
        }
    }

    private sealed class Entry
    {
        public bool Held { get; set; }

        public int References { get; set; }

        public LinkedList<TaskCompletionSource> Waiters { get; } = new();
    }

    private sealed class NoLease : IDisposable
    {
        public void Dispose()
        {
        }
    }

    private sealed class Lease(TurnGate gate, string key, Entry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                gate.Release(key, entry);
            }
        }
    }
}

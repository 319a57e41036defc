namespace StrategyBot.BotFramework.State;

/// <summary>
/// Counts the storage round trips made by one logical operation (a turn), whichever store or table they went to.
/// Stores call <see cref="Record"/> once per request they send; the count reaches the tally that
/// <see cref="Start"/> made in the same async flow, so concurrent turns never count each other's calls, and work
/// outside any tally (a background scheduler) counts nowhere.
/// </summary>
public sealed class StorageTally
{
    private static readonly AsyncLocal<StorageTally?> s_current = new();

    private int _calls;

    private StorageTally()
    {
    }

    /// <summary>Round trips recorded since <see cref="Start"/>.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>
    /// Starts a tally for the calling async flow: what it awaits from here on counts here. An async method that calls
    /// this gets its caller's tally back when it returns, so the caller's own count is not disturbed.
    /// </summary>
    public static StorageTally Start()
    {
        var tally = new StorageTally();
        s_current.Value = tally;
        return tally;
    }

    /// <summary>Counts one round trip against the current flow's tally, if it has one.</summary>
    public static void Record()
    {
        if (s_current.Value is { } tally)
        {
            // Work a turn fans out in parallel shares its tally.
            Interlocked.Increment(ref tally._calls);
        }
    }
}

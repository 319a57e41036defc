namespace StrategyBot.BotFramework.State;

/// <summary>A document was changed by someone else between load and save (an ETag mismatch).</summary>
public sealed class StateConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StateConflictException()
        : base("The state was changed by another turn.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StateConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public StateConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// True when the set came from a store's cached copy that was already out of date when it was handed out (the
    /// scope was changed outside this process earlier), rather than changed while the caller worked on it. Nothing
    /// raced the caller, so it may simply run again on fresh state: there is no concurrent change to reconcile.
    /// </summary>
    public bool LoadedCopyWasStale { get; init; }
}

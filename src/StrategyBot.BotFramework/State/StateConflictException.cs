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
}

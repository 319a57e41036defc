namespace StrategyBot.App.Storage;

/// <summary>State that Table Storage cannot hold: a document over the 1 MiB entity limit, or a save over a batch's limits.</summary>
public sealed class StateTooLargeException : Exception
{
    public StateTooLargeException()
        : base("The state is too large for Table Storage.")
    {
    }

    public StateTooLargeException(string message)
        : base(message)
    {
    }

    public StateTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

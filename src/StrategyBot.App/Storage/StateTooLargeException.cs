namespace StrategyBot.App.Storage;

/// <summary>State that Table Storage cannot hold: a scope over one entity's 1 MiB or 252 properties, or too many legacy rows for one migration.</summary>
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

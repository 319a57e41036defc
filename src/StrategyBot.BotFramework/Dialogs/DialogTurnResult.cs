namespace StrategyBot.BotFramework.Dialogs;

/// <summary>The outcome of running the dialog stack for one turn, with the result of a dialog that ended.</summary>
public sealed class DialogTurnResult
{
    /// <summary>The shared "waiting for the user" result.</summary>
    public static readonly DialogTurnResult Waiting = new(DialogTurnStatus.Waiting);

    /// <summary>Creates a result.</summary>
    public DialogTurnResult(DialogTurnStatus status, object? result = null)
    {
        Status = status;
        Result = result;
    }

    /// <summary>What the stack did.</summary>
    public DialogTurnStatus Status { get; }

    /// <summary>The value the ending dialog returned, if any.</summary>
    public object? Result { get; }

    /// <inheritdoc />
    public override string ToString() => Result is null ? Status.ToString() : $"{Status}: {Result}";
}

namespace StrategyBot.Domain.Planning;

/// <summary>One concrete action of the A step: what, who and by when.</summary>
public sealed class ActionItem
{
    public string What { get; set; } = "";

    public string? Owner { get; set; }

    public DateOnly? Due { get; set; }

    public bool IsComplete() => !string.IsNullOrWhiteSpace(What) && !string.IsNullOrWhiteSpace(Owner) && Due is not null;
}

namespace StrategyBot.Domain.Planning;

/// <summary>One concrete action of the A step: what, who and by when.</summary>
public sealed record ActionItem
{
    public string What { get; init; } = "";

    public string? Owner { get; init; }

    public DateOnly? Due { get; init; }

    public bool IsComplete() => !string.IsNullOrWhiteSpace(What) && !string.IsNullOrWhiteSpace(Owner) && Due is not null;
}

namespace StrategyBot.Domain.Planning;

/// <summary>The optional, quick PESTEL notes.</summary>
public sealed record Pestel
{
    public string? Political { get; init; }

    public string? Economic { get; init; }

    public string? Social { get; init; }

    public string? Technological { get; init; }

    public string? Environmental { get; init; }

    public string? Legal { get; init; }
}

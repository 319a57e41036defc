namespace StrategyBot.Domain.Planning;

/// <summary>The optional, quick PESTEL notes.</summary>
public sealed class Pestel
{
    public string? Political { get; set; }

    public string? Economic { get; set; }

    public string? Social { get; set; }

    public string? Technological { get; set; }

    public string? Environmental { get; set; }

    public string? Legal { get; set; }
}

namespace StrategyBot.Domain.Planning;

/// <summary>One audience persona from the Situation step.</summary>
public sealed record Persona
{
    public string Name { get; init; } = "";

    public string? AgeBand { get; init; }

    public IReadOnlyList<Platform> Platforms { get; init; } = [];

    public string? Pains { get; init; }

    public string? ContentWanted { get; init; }
}

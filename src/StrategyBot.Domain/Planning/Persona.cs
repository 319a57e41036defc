namespace StrategyBot.Domain.Planning;

/// <summary>One audience persona from the Situation step.</summary>
public sealed class Persona
{
    public string Name { get; set; } = "";

    public string? AgeBand { get; set; }

    public List<Platform> Platforms { get; set; } = [];

    public string? Pains { get; set; }

    public string? ContentWanted { get; set; }
}

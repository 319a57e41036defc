namespace StrategyBot.Domain.Planning;

/// <summary>The S of SOSTAC: where the business is now.</summary>
public sealed record Situation
{
    public string? BusinessDescription { get; init; }

    public string? ProductsAndServices { get; init; }

    public string? CustomerNeeds { get; init; }

    public IReadOnlyList<Persona> Personas { get; init; } = [];

    public IReadOnlyList<Competitor> Competitors { get; init; } = [];

    public Swot Swot { get; init; } = new();

    public Pestel Pestel { get; init; } = new();

    public IReadOnlyList<PlatformPresence> Presence { get; init; } = [];

    public PlatformPresence? PresenceOn(Platform platform) => Presence.FirstOrDefault(p => p.Platform == platform);
}

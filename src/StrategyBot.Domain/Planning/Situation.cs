namespace StrategyBot.Domain.Planning;

/// <summary>The S of SOSTAC: where the business is now.</summary>
public sealed class Situation
{
    public string? BusinessDescription { get; set; }

    public string? ProductsAndServices { get; set; }

    public string? CustomerNeeds { get; set; }

    public List<Persona> Personas { get; set; } = [];

    public List<Competitor> Competitors { get; set; } = [];

    public Swot Swot { get; set; } = new();

    public Pestel Pestel { get; set; } = new();

    public List<PlatformPresence> Presence { get; set; } = [];

    public PlatformPresence? PresenceOn(Platform platform) => Presence.Find(p => p.Platform == platform);
}

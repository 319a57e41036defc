namespace StrategyBot.Bench.FanOut;

/// <summary>What the seeder reported: the instant everyone falls due, its two phases, and by how much it overran.</summary>
internal sealed record SeedOutcome(DateTimeOffset Due, TimeSpan StatesTime, TimeSpan IndexTime, TimeSpan Overrun);

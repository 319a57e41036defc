namespace StrategyBot.Bench.Interview;

/// <summary>One marketer's interview: turns answered, each turn's latency in ms, and the first error (null when none).</summary>
internal sealed record MarketerOutcome(int Turns, IReadOnlyList<double> LatenciesMs, string? Error);

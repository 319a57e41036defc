namespace StrategyBot.Bench.Interview;

/// <summary>How a target was warmed up before the levels: rounds played and the JIT's share of its CPU in the last one.</summary>
internal sealed record WarmUp(string Target, int Rounds, int Interviews, TimeSpan Elapsed, double LastJitShare, bool Settled);

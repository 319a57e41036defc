namespace StrategyBot.Bench.Connector;

/// <summary>One activity the fake connector accepted: when (Stopwatch ticks), in reply to what, and its JSON if kept.</summary>
internal readonly record struct ConnectorReply(long Timestamp, string? ReplyToId, string? Body);

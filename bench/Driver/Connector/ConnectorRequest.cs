namespace StrategyBot.Bench.Connector;

/// <summary>One request the fake connector answered (accepted or throttled), for rate and duplicate counts.</summary>
internal readonly record struct ConnectorRequest(long Timestamp, string ConversationId, int Status);

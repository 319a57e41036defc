namespace StrategyBot.App.Storage;

/// <summary>How full the state cache is: its size as its limit counts it, and the scopes it holds.</summary>
internal readonly record struct StateCacheFill(long Bytes, long Entries);

namespace StrategyBot.App.Localization;

/// <summary>One key of one catalogue with its texts; null where a language has no entry.</summary>
internal sealed record TextRow(string Catalogue, string Key, string? English, string? Persian);

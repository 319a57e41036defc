namespace StrategyBot.Domain.Planning;

internal readonly record struct PlatformMention(Platform Platform, int Index, int Length);

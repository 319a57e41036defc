namespace StrategyBot.BotFramework.Tests.Protocol;

/// <summary>One HTTP attempt that reached the fake connector: when (fake clock), which conversation, its attempt number, the tenant it was paced for.</summary>
internal sealed record ConnectorAttempt(DateTimeOffset At, string ConversationId, int Attempt, string? PacedTenant);

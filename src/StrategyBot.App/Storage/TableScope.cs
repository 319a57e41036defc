namespace StrategyBot.App.Storage;

/// <summary>The ids a state scope was made from: a tenant and either a user or a conversation.</summary>
public sealed record TableScope(string TenantId, string? UserId, string? ConversationId);

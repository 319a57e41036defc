using StrategyBot.BotFramework.State;

namespace StrategyBot.Testing;

/// <summary>State scopes for tests that need one and do not care whose it is.</summary>
public static class TestScopes
{
    /// <summary>The tenant of every scope made here.</summary>
    public const string TenantId = "tenant-1";

    /// <summary>The scope tests use when they need just one: user "user-1" in <see cref="TenantId"/>.</summary>
    public static StateScope Default { get; } = StateScope.ForUser(TenantId, "user-1");

    /// <summary>The scope of user <paramref name="userId"/> in <see cref="TenantId"/>.</summary>
    public static StateScope User(string userId) => StateScope.ForUser(TenantId, userId);

    /// <summary>A user scope no other test uses.</summary>
    public static StateScope NewUser() => StateScope.ForUser(TenantId, Guid.NewGuid().ToString("N"));
}

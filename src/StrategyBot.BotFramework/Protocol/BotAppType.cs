namespace StrategyBot.BotFramework.Protocol;

/// <summary>How the bot's Entra app registration is set up; it decides the authority of outbound tokens.</summary>
public enum BotAppType
{
    /// <summary>Tokens come from the <c>botframework.com</c> tenant (creating new ones is deprecated since 31 Jul 2025).</summary>
    MultiTenant,

    /// <summary>Tokens come from the bot's own tenant, <see cref="BotFrameworkOptions.TenantId"/>.</summary>
    SingleTenant,
}

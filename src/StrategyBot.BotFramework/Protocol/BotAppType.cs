namespace StrategyBot.BotFramework.Protocol;

/// <summary>How the bot's Entra app registration is set up; it decides the authority of outbound tokens.</summary>
public enum BotAppType
{
    /// <summary>Tokens come from the <c>botframework.com</c> tenant (creating new ones is deprecated since 31 Jul 2025).</summary>
    MultiTenant,

    /// <summary>Tokens come from the bot's own tenant, <see cref="BotFrameworkOptions.TenantId"/>.</summary>
    SingleTenant,

    /// <summary>
    /// The Azure Bot's identity is a user-assigned managed identity whose client id is <see cref="BotFrameworkOptions.AppId"/>;
    /// tokens come from the host's managed identity endpoint and no secret exists.
    /// </summary>
    UserAssignedMSI,
}

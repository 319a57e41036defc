namespace StrategyBot.BotFramework.Protocol;

/// <summary>Supplies the bot's outbound bearer token. The seam exists so tests can run without Entra.</summary>
internal interface IConnectorTokenSource
{
    /// <summary>Returns a client-credentials access token for the Bot Connector, from cache when still valid.</summary>
    Task<string> GetTokenAsync(CancellationToken cancellationToken);
}

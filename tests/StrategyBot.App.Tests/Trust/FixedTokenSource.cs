using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.App.Tests.Trust;

/// <summary>Hands the connector a fixed outbound token, so no Entra call is made.</summary>
internal sealed class FixedTokenSource : IConnectorTokenSource
{
    public const string Token = "trust-test-connector-token";

    public Task<string> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult(Token);
}

using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.App.Tests.CheckIns;

/// <summary>Hands the connector a fixed token, so no Entra call is made.</summary>
internal sealed class StaticTokenSource : IConnectorTokenSource
{
    public Task<string> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult("check-in-test-token");
}

using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Tests.Protocol;

/// <summary>Hands out a fixed token and counts how often one was asked for.</summary>
internal sealed class FakeConnectorTokenSource : IConnectorTokenSource
{
    public const string Token = "fake-connector-token";

    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    public Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        return Task.FromResult(Token);
    }
}

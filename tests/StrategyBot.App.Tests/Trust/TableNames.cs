namespace StrategyBot.App.Tests.Trust;

/// <summary>The three tables one <see cref="TrustHost"/> uses, unique to it.</summary>
internal sealed record TableNames(string State, string CheckIns, string Schedule)
{
    public IReadOnlyList<string> All => [State, CheckIns, Schedule];
}

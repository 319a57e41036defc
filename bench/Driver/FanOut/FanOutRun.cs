using StrategyBot.Bench.Connector;

namespace StrategyBot.Bench.FanOut;

/// <summary>The check-in fan-out (placeholder until the scheduler is wired into the host).</summary>
internal sealed class FanOutRun(BenchOptions options, FakeConnector connector)
{
    public Task<List<FanOutResult>> RunAsync(CancellationToken cancellationToken) => Task.FromResult(new List<FanOutResult>
    {
        new() { Instances = 1, Users = options.FanOutUsers, Tenants = options.FanOutTenants, ThrottleFraction = options.ThrottleFraction, NotRun = connector.BaseAddress.Port > 0 ? "pending" : "pending" },
    });
}

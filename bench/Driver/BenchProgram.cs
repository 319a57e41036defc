using StrategyBot.Bench.Connector;
using StrategyBot.Bench.Hosting;
using StrategyBot.Bench.Interview;

namespace StrategyBot.Bench;

/// <summary>Command line: <c>explore</c> plays one interview and prints every reply; <c>run</c> runs the whole bench.</summary>
internal static class BenchProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["alloc-analyse", var trace, var turns])
        {
            Console.WriteLine(Profiling.AllocationProfile.Analyse(trace, long.Parse(turns, System.Globalization.CultureInfo.InvariantCulture)));
            return 0;
        }

        var options = BenchOptions.Parse(args);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        if (options.Explore)
        {
            await ExploreAsync(options, cancel.Token);
            return 0;
        }

        return await new BenchRun(options).RunAsync(cancel.Token);
    }

    private static async Task ExploreAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        await using var connector = await FakeConnector.StartAsync(cancellationToken);
        var (azurite, storage) = await Servers.StartAzuriteAsync(options.RepoRoot, options.LogDirectory, "explore", cancellationToken);
        await using (azurite)
        {
            var (bot, baseAddress) = await Servers.StartBotAsync(
                options.BotDll, options.LogDirectory, "explore", storage, new Dictionary<string, string>(), cancellationToken);
            await using (bot)
            {
                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
                var marketer = new Marketer(http, new Uri(baseAddress, "api/messages"), connector, TimeSpan.FromSeconds(20));
                var outcome = await marketer.RunAsync(
                    MarketerIdentity.Create("explore", 0), InterviewScript.WholePlan, Console.WriteLine, cancellationToken);
                Console.WriteLine(outcome.Error ?? $"OK: {outcome.Turns} turns");
            }
        }
    }
}

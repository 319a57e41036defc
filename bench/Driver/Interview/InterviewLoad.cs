using System.Diagnostics;
using StrategyBot.Bench.Connector;
using StrategyBot.Bench.Hosting;

namespace StrategyBot.Bench.Interview;

/// <summary>
/// Runs C marketers at once against one target, each through whole interviews one after another (one request in
/// flight per conversation), and measures the level: throughput, latency percentiles, errors, the target's CPU and
/// RSS from /proc, Azurite's CPU, and (for the bot) its own storage-call metrics.
/// </summary>
internal sealed class InterviewLoad(FakeConnector connector, HttpClient http, int azuritePid)
{
    // The runtime publishes metrics once a second; waiting a little longer lets the level's last delta arrive.
    private static readonly TimeSpan s_metricsFlush = TimeSpan.FromMilliseconds(2300);
    private static readonly TimeSpan s_replyTimeout = TimeSpan.FromSeconds(30);

    public async Task<LoadResult> RunAsync(LoadTarget target, int concurrency, int interviewsPerMarketer, string label, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        connector.Reset();
        connector.ThrottleFraction = 0;
        var metricsBefore = target.Metrics?.Snapshot();
        var targetBefore = ProcessSnapshot.Take(target.Process.Pid);
        var azuriteBefore = ProcessStats.CpuTime(azuritePid);
        var driverBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var machineBefore = MachineCpu.Busy();
        var marketer = new Marketer(http, target.Messages, connector, s_replyTimeout, target.CheckReplies);
        MarketerOutcome[] outcomes;
        TimeSpan elapsed;
        long peakRss;
        await using (var rss = new RssSampler(target.Process.Pid))
        {
            var started = Stopwatch.GetTimestamp();
            outcomes = (await Task.WhenAll(Enumerable.Range(0, concurrency).Select(m =>
                RunMarketerAsync(marketer, label, m, interviewsPerMarketer, cancellationToken)))).SelectMany(o => o).ToArray();
            elapsed = Stopwatch.GetElapsedTime(started);
            peakRss = rss.PeakBytes;
        }

        var targetCpu = ProcessStats.CpuTime(target.Process.Pid) - targetBefore.Cpu;
        var azuriteCpu = ProcessStats.CpuTime(azuritePid) - azuriteBefore;
        var driverCpu = Process.GetCurrentProcess().TotalProcessorTime - driverBefore;
        var machineCpu = MachineCpu.Busy() - machineBefore;
        var latencies = outcomes.SelectMany(o => o.LatenciesMs).Order().ToArray();
        var result = new LoadResult
        {
            Target = target.Name,
            Concurrency = concurrency,
            Interviews = outcomes.Length,
            Turns = latencies.Length,
            Errors = outcomes.Count(o => o.Error is not null),
            ErrorSamples = [.. outcomes.Select(o => o.Error).OfType<string>().Distinct().Take(3)],
            Elapsed = elapsed,
            Replies = connector.Accepted,
            P50Ms = Percentile.Of(latencies, 50),
            P95Ms = Percentile.Of(latencies, 95),
            P99Ms = Percentile.Of(latencies, 99),
            TargetCpu = targetCpu,
            AzuriteCpu = azuriteCpu,
            DriverCpu = driverCpu,
            MachineCpu = machineCpu,
            PeakRssBytes = peakRss,
            HighWaterRssBytes = ProcessStats.PeakRss(target.Process.Pid),
        };
        if (target.Metrics is null || metricsBefore is null)
        {
            return result;
        }

        await Task.Delay(s_metricsFlush, cancellationToken);
        var delta = Delta(metricsBefore, target.Metrics.Snapshot());
        return result with
        {
            AllocatedBytes = Sum(delta, "dotnet.gc.heap.total_allocated", "}"),
            JitTime = TimeSpan.FromSeconds(Sum(delta, "dotnet.jit.compilation.time", "}")),
            GcPauseTime = TimeSpan.FromSeconds(Sum(delta, "dotnet.gc.pause.time", "}")),
            StorageHistogram = (Sum(delta, "strategybot.turn.storage_calls", "#count"), Sum(delta, "strategybot.turn.storage_calls", "#sum")),
            StorageHeavyTurns = Sum(delta, "strategybot.turn.storage_heavy", "}"),
            StorageCallsP99Max = target.Metrics.Snapshot()
                .Where(p => p.Key.StartsWith("strategybot.turn.storage_calls{", StringComparison.Ordinal) && p.Key.EndsWith("#p99max", StringComparison.Ordinal))
                .Select(p => p.Value).DefaultIfEmpty(double.NaN).Max(),
            StorageCallsByOperation = delta
                .Where(p => p.Key.StartsWith("storage.calls{", StringComparison.Ordinal))
                .ToDictionary(p => p.Key["storage.calls".Length..], p => p.Value, StringComparer.Ordinal),
        };
    }

    private static async Task<List<MarketerOutcome>> RunMarketerAsync(
        Marketer marketer, string label, int index, int interviews, CancellationToken cancellationToken)
    {
        var outcomes = new List<MarketerOutcome>(interviews);
        for (var i = 0; i < interviews; i++)
        {
            var who = MarketerIdentity.Create(label, (index * interviews) + i);
            outcomes.Add(await marketer.RunAsync(who, InterviewScript.WholePlan, explore: null, cancellationToken));
        }

        return outcomes;
    }

    private static Dictionary<string, double> Delta(Dictionary<string, double> before, Dictionary<string, double> after) =>
        after.ToDictionary(p => p.Key, p => p.Value - before.GetValueOrDefault(p.Key), StringComparer.Ordinal);

    private static double Sum(Dictionary<string, double> delta, string instrument, string suffix) =>
        delta.Where(p => p.Key.StartsWith(instrument + "{", StringComparison.Ordinal) && p.Key.EndsWith(suffix, StringComparison.Ordinal))
            .Sum(p => p.Value);
}

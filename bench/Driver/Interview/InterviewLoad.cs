using System.Diagnostics;
using System.Globalization;
using StrategyBot.Bench.Connector;
using StrategyBot.Bench.Hosting;

namespace StrategyBot.Bench.Interview;

/// <summary>
/// Runs C marketers at once against one target, each through whole interviews one after another (one request in
/// flight per conversation), and measures the level: throughput, latency percentiles, errors, the target's CPU and
/// RSS from /proc, Azurite's CPU, and (for the bot) its own storage-call metrics. A level of the bench is several
/// rounds, bot and floor taking turns (<see cref="RunLevelAsync"/>).
/// </summary>
internal sealed class InterviewLoad(FakeConnector connector, HttpClient http, int azuritePid)
{
    // The runtime publishes metrics once a second; waiting a little longer lets the level's last delta arrive.
    private static readonly TimeSpan s_metricsFlush = TimeSpan.FromMilliseconds(2300);
    private static readonly TimeSpan s_replyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// One level for both targets: <paramref name="rounds"/> rounds each, bot and floor taking turns, each round with fresh
    /// marketers. The figures from /proc are taken round by round and added up per target, and the latencies of all its
    /// rounds make one distribution; the targets' own metrics are read once around all its rounds (a target is idle
    /// while the other one runs, so nothing but its own turns moves them).
    /// </summary>
    public async Task<IReadOnlyList<LoadResult>> RunLevelAsync(
        IReadOnlyList<LoadTarget> targets, int concurrency, int interviewsPerMarketer, int rounds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var metricsBefore = targets.Select(t => t.Metrics?.Snapshot()).ToArray();
        var measured = targets.Select(_ => new List<LoadResult>(rounds)).ToArray();
        for (var round = 1; round <= rounds; round++)
        {
            for (var i = 0; i < targets.Count; i++)
            {
                var label = string.Create(CultureInfo.InvariantCulture, $"{targets[i].Name}-c{concurrency}-r{round}");
                measured[i].Add(await MeasureAsync(targets[i], concurrency, interviewsPerMarketer, label, cancellationToken));
            }
        }

        await Task.Delay(s_metricsFlush, cancellationToken);
        return [.. targets.Select((target, i) => WithMetrics(LoadResult.Combine(measured[i]), target, metricsBefore[i]))];
    }

    /// <summary>One round against one target, with its own metrics read around it (the warm-up uses its JIT time).</summary>
    public async Task<LoadResult> RunAsync(LoadTarget target, int concurrency, int interviewsPerMarketer, string label, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var metricsBefore = target.Metrics?.Snapshot();
        var result = await MeasureAsync(target, concurrency, interviewsPerMarketer, label, cancellationToken);
        if (target.Metrics is not null)
        {
            await Task.Delay(s_metricsFlush, cancellationToken);
        }

        return WithMetrics(result, target, metricsBefore);
    }

    private async Task<LoadResult> MeasureAsync(LoadTarget target, int concurrency, int interviewsPerMarketer, string label, CancellationToken cancellationToken)
    {
        connector.Reset();
        connector.ThrottleFraction = 0;
        var targetBefore = ProcessSnapshot.Take(target.Process.Pid);
        var azuriteBefore = ProcessStats.CpuTime(azuritePid);
        var driverBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var machineBefore = MachineCpu.Busy();
        var marketer = new Marketer(http, target.Messages, connector, s_replyTimeout, target.CheckReplies, target.LearnReplies, target.AskReplies);
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
        return new LoadResult
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
            Rounds = 1,
            LatenciesMs = latencies,
        };
    }

    private static LoadResult WithMetrics(LoadResult result, LoadTarget target, Dictionary<string, double>? metricsBefore)
    {
        if (target.Metrics is null || metricsBefore is null)
        {
            return result;
        }

        var after = target.Metrics.Snapshot();
        var delta = Delta(metricsBefore, after);
        return result with
        {
            AllocatedBytes = Sum(delta, "dotnet.gc.heap.total_allocated", "}"),
            JitTime = TimeSpan.FromSeconds(Sum(delta, "dotnet.jit.compilation.time", "}")),
            GcPauseTime = TimeSpan.FromSeconds(Sum(delta, "dotnet.gc.pause.time", "}")),
            StorageHistogram = (Sum(delta, "strategybot.turn.storage_calls", "#count"), Sum(delta, "strategybot.turn.storage_calls", "#sum")),
            StorageHeavyTurns = Sum(delta, "strategybot.turn.storage_heavy", "}"),
            StateCacheBytes = after.GetValueOrDefault("strategybot.state_cache.size{}#last", double.NaN),
            StateCacheEntries = after.GetValueOrDefault("strategybot.state_cache.entries{}#last", double.NaN),
            StorageCallsP99Max = after
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

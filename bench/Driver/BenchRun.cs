using System.Globalization;
using StrategyBot.Bench.Connector;
using StrategyBot.Bench.FanOut;
using StrategyBot.Bench.Hosting;
using StrategyBot.Bench.Interview;
using StrategyBot.Bench.Profiling;
using StrategyBot.Bench.Reporting;

namespace StrategyBot.Bench;

/// <summary>
/// The whole bench in one process: the fake connector, then the interview load (bot and floor side by side against
/// one Azurite, level by level, so each ratio comes from neighbouring minutes), then the check-in fan-out, then the
/// results file and table.
/// </summary>
internal sealed class BenchRun(BenchOptions options)
{
    private readonly List<WarmUp> _warmUps = [];

    // System.Runtime gives allocated bytes, read from the bot and the floor alike.
    private static readonly string[] s_botMeters = ["StrategyBot.App", "StrategyBot.Storage", "System.Runtime"];
    private static readonly string[] s_floorMeters = ["System.Runtime"];

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetUtcNow();
        var machine = MachineInfo.Read(options.RepoRoot);
        Console.WriteLine($"Machine: {machine.Cores} cores, {machine.CpuModel}, {machine.Memory}; dotnet {machine.DotnetSdk}; load {machine.LoadAverage}");
        await using var connector = await FakeConnector.StartAsync(cancellationToken);
        Console.WriteLine($"Fake connector on {connector.BaseAddress}");
        var loads = options.SkipInterview ? [] : await RunInterviewAsync(connector, cancellationToken);
        var fanOuts = options.SkipFanOut ? [] : await new FanOutRun(options, connector).RunAsync(cancellationToken);

        var command = "bench/run.sh " + string.Join(' ', options.PassThrough);
        var report = Report.Build(machine, command.Trim(), started, loads, _warmUps, fanOuts);
        Directory.CreateDirectory(Path.GetDirectoryName(options.OutputPath)!);
        await File.WriteAllTextAsync(options.OutputPath, report, cancellationToken);
        Console.WriteLine();
        Console.WriteLine(report);
        Console.WriteLine($"Written to {options.OutputPath}; server logs in {options.LogDirectory}");
        return 0;
    }

    private async Task<List<LoadResult>> RunInterviewAsync(FakeConnector connector, CancellationToken cancellationToken)
    {
        var (azurite, storage) = await Servers.StartAzuriteAsync(options.RepoRoot, options.LogDirectory, "interview", cancellationToken);
        await using (azurite)
        {
            var (bot, botAddress) = await Servers.StartBotAsync(
                options.BotDll, options.LogDirectory, "interview", storage, options.BotEnvironment, cancellationToken);
            await using (bot)
            {
                var (floor, floorAddress) = await Servers.StartFloorAsync(options.RepoRoot, options.LogDirectory, storage, cancellationToken);
                await using (floor)
                {
                    // The like-for-like floor, only with --floor-like-bot: it runs beside the plain one, which stays.
                    var (like, likeAddress) = options.FloorLikeBot
                        ? await Servers.StartFloorAsync(options.RepoRoot, options.LogDirectory, storage, cancellationToken, likeBot: true)
                        : (null, null);
                    await using (like)
                    {
                        await using var metrics = MetricsListener.Start(bot.Pid, s_botMeters);
                        await using var floorMetrics = MetricsListener.Start(floor.Pid, s_floorMeters);
                        await using var likeMetrics = like is null ? null : MetricsListener.Start(like.Pid, s_floorMeters);
                        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 }) { Timeout = TimeSpan.FromSeconds(60) };
                        var load = new InterviewLoad(connector, http, azurite.Pid);
                        var replyCounts = new ReplyCounts(InterviewScript.WholePlan.Count);
                        List<LoadTarget> targets =
                        [
                            new LoadTarget("bot", bot, new Uri(botAddress, "api/messages"), metrics, CheckReplies: true, LearnReplies: replyCounts),
                            new LoadTarget("floor", floor, new Uri(floorAddress, "api/messages"), floorMetrics, CheckReplies: false),
                        ];
                        if (like is not null)
                        {
                            targets.Add(new LoadTarget(
                                "floor-like", like, new Uri(likeAddress!, "api/messages"), likeMetrics, CheckReplies: false, AskReplies: replyCounts));
                        }

                        return await RunLevelsAsync(load, targets, cancellationToken);
                    }
                }
            }
        }
    }

    private async Task<List<LoadResult>> RunLevelsAsync(InterviewLoad load, List<LoadTarget> targets, CancellationToken cancellationToken)
    {
        var bot = targets[0];
        // Warm-up until each target's JIT has settled (see WarmUpLoop), so every level compares steady processes.
        Console.WriteLine("Warming up the bot and the floor until their JIT has settled");
        foreach (var target in targets)
        {
            var warm = await new WarmUpLoop(load).RunAsync(target, options.Levels.Max(), cancellationToken);
            _warmUps.Add(warm);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {target.Name}: {warm.Rounds} rounds ({warm.Interviews} interviews) in {warm.Elapsed.TotalSeconds:0} s; JIT {warm.LastJitShare:P1} of its CPU in the last round{(warm.Settled ? "" : " (not settled: round limit)")}"));
        }

        if (options.AllocationProfilePath is { } profilePath)
        {
            await ProfileAllocationsAsync(load, bot, profilePath, cancellationToken);
        }

        var results = new List<LoadResult>();
        foreach (var concurrency in options.Levels)
        {
            var perMarketer = (int)Math.Ceiling(options.MinInterviewsPerLevel / (double)(concurrency * options.Rounds));
            foreach (var result in await load.RunLevelAsync(targets, concurrency, perMarketer, options.Rounds, cancellationToken))
            {
                results.Add(result);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"C={concurrency,3} {result.Target,-10} {result.Turns,5} turns in {result.Rounds} rounds {result.Errors} errors {result.TurnsPerSecond,7:0.0} turns/s p50 {result.P50Ms,6:0.0} p99 {result.P99Ms,6:0.0} ms CPU {result.CpuMsPerTurn,5:0.00} ms/turn (rounds {string.Join(" ", result.RoundCpuMsPerTurn.Select(c => c.ToString("0.00", CultureInfo.InvariantCulture)))}; JIT {result.JitTime.TotalMilliseconds:0} ms, GC pauses {result.GcPauseTime.TotalMilliseconds:0} ms) {result.KilobytesAllocatedPerTurn,4:0} KB/turn storage {result.StorageCallsPerTurn:0.00}/turn RSS {Targets.Mb(result.PeakRssBytes)} MB"));
            }
        }

        foreach (var error in bot.Metrics?.Errors ?? [])
        {
            Console.WriteLine("Metrics session: " + error);
        }

        return results;
    }

    private async Task ProfileAllocationsAsync(InterviewLoad load, LoadTarget bot, string path, CancellationToken cancellationToken)
    {
        const int Interviews = 128;
        var concurrency = options.Levels.Max();
        Console.WriteLine($"Allocation profile of the bot: {Interviews} interviews at C = {concurrency}");
        var tracePath = Path.Combine(options.LogDirectory, "alloc-profile.nettrace");
        Directory.CreateDirectory(options.LogDirectory);
        await using var profile = AllocationProfile.Start(bot.Process.Pid, tracePath);
        var perMarketer = (int)Math.Ceiling(Interviews / (double)concurrency);
        var result = await load.RunAsync(bot, concurrency, perMarketer, "alloc-profile", cancellationToken);
        var tables = await profile.StopAndAnalyseAsync(result.Turns, cancellationToken);
        var header = string.Create(CultureInfo.InvariantCulture,
            $"Allocation profile: {result.Turns:N0} turns ({result.Interviews} interviews at C = {concurrency}, {result.Errors} errors); the runtime counted {result.AllocatedBytes / result.Turns / 1024:0.0} KB allocated per turn; bot environment: {string.Join(' ', options.BotEnvironment.Select(p => p.Key + "=" + p.Value))}");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, header + Environment.NewLine + Environment.NewLine + tables, cancellationToken);
        Console.WriteLine(header);
        Console.WriteLine(tables);
    }
}

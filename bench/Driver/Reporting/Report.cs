using System.Globalization;
using System.Text;
using StrategyBot.Bench.FanOut;
using StrategyBot.Bench.Hosting;
using StrategyBot.Bench.Interview;

namespace StrategyBot.Bench.Reporting;

/// <summary>The results as Markdown: the file bench/results/&lt;date&gt;.md and the tables printed at the end.</summary>
internal static class Report
{
    public static string Build(MachineInfo machine, string command, DateTimeOffset started, IReadOnlyList<LoadResult> loads, IReadOnlyList<WarmUp> warmUps, IReadOnlyList<FanOutResult> fanOuts)
    {
        ArgumentNullException.ThrowIfNull(machine);
        var text = new StringBuilder();
        Line(text, $"# StrategyBot bench, {started:yyyy-MM-dd HH:mm} UTC");
        Line(text);
        Line(text, $"Command: `{command}`");
        Line(text);
        Line(text, $"Machine: {machine.Cores} cores ({machine.CpuModel}), {machine.Memory} RAM; .NET SDK {machine.DotnetSdk} ({machine.Runtime}); Node {machine.Node}; commit {machine.Commit}; load average at start {machine.LoadAverage}.");
        Line(text);
        Line(text, "## Targets");
        Line(text);
        Line(text, "| target | limit | measured | verdict |");
        Line(text, "|---|---|---|---|");
        foreach (var check in Targets.Judge(loads, fanOuts))
        {
            Line(text, $"| {check.Name} | {check.Target} | {check.Measured} | **{check.Verdict}** |");
        }

        if (loads.Count > 0)
        {
            AppendInterview(text, loads, warmUps);
        }

        if (fanOuts.Count > 0)
        {
            AppendFanOut(text, fanOuts);
        }

        return text.ToString();
    }

    private static void AppendInterview(StringBuilder text, IReadOnlyList<LoadResult> loads, IReadOnlyList<WarmUp> warmUps)
    {
        Line(text);
        Line(text, $"## Interview load ({InterviewScript.WholePlan.Count} turns per interview, all six SOSTAC steps)");
        Line(text);
        foreach (var warm in warmUps)
        {
            Line(text, $"Warm-up of the {warm.Target}: {warm.Rounds} rounds of 8 interviews at C=8 until JIT compilation was under 3 % of its CPU in two rounds in a row (last round: {warm.LastJitShare:P1}), then one round at the widest level; {warm.Interviews} interviews in {warm.Elapsed.TotalSeconds:0} s{(warm.Settled ? "" : "; **not settled**, stopped at the round limit")}.");
            Line(text);
        }

        var rounds = loads.Max(l => l.Rounds);
        Line(text, $"Each level ran as {rounds} round{(rounds == 1 ? "" : "s")} per target, bot and floor taking turns (bot, floor, bot, floor, …); a target's rounds are added up below, and its percentiles are over every turn of its rounds.");
        Line(text);
        Line(text, "| C | target | interviews | turns | replies/turn | errors | turns/s | p50 ms | p95 ms | p99 ms | CPU ms/turn | JIT ms in level | GC pause ms in level | KB allocated/turn | Azurite CPU ms/turn | storage calls/turn | peak RSS MB | others' CPU |");
        Line(text, "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var l in loads)
        {
            var storage = double.IsNaN(l.StorageCallsPerTurn) ? "(2 by design)" : $"{l.StorageCallsPerTurn:0.00}";
            Line(text, $"| {l.Concurrency} | {l.Target} | {l.Interviews} | {l.Turns} | {l.RepliesPerTurn:0.00} | {l.Errors} | {l.TurnsPerSecond:0.0} | {l.P50Ms:0.0} | {l.P95Ms:0.0} | {l.P99Ms:0.0} | {l.CpuMsPerTurn:0.00} | {l.JitTime.TotalMilliseconds:0} | {l.GcPauseTime.TotalMilliseconds:0} | {l.KilobytesAllocatedPerTurn:0} | {l.AzuriteCpuMsPerTurn:0.00} | {storage} | {Targets.Mb(l.PeakRssBytes)} | {l.OthersCpuShare:P0} |");
        }

        Line(text);
        // With --floor-like-bot there is a second floor (the bot's round trips and bytes); each gets its own rows.
        var hasLike = loads.Any(l => l.Target == "floor-like");
        Line(text, $"| C |{(hasLike ? " against |" : "")} CPU/turn bot÷floor | the same, round by round | p99 bot÷floor | p50 bot÷floor | turns/s bot÷floor | allocated/turn bot÷floor |");
        Line(text, $"|---:|{(hasLike ? "---|" : "")}---:|---|---:|---:|---:|---:|");
        foreach (var bot in loads.Where(l => l.Target == "bot"))
        {
            foreach (var floorName in new[] { "floor", "floor-like" })
            {
                if (loads.FirstOrDefault(l => l.Target == floorName && l.Concurrency == bot.Concurrency) is { } floor)
                {
                    var byRound = string.Join(", ", bot.RoundCpuMsPerTurn.Zip(floor.RoundCpuMsPerTurn, (b, f) => $"{b / f:0.00}×"));
                    Line(text, $"| {bot.Concurrency} |{(hasLike ? " " + floorName + " |" : "")} {bot.CpuMsPerTurn / floor.CpuMsPerTurn:0.00}× | {byRound} | {bot.P99Ms / floor.P99Ms:0.00}× | {bot.P50Ms / floor.P50Ms:0.00}× | {bot.TurnsPerSecond / floor.TurnsPerSecond:0.00}× | {bot.AllocatedBytes / bot.Turns / (floor.AllocatedBytes / floor.Turns):0.0}× |");
                }
            }
        }

        var operations = loads.Where(l => l.StorageCallsByOperation.Count > 0).ToList();
        if (operations.Count > 0)
        {
            Line(text);
            Line(text, "Bot storage calls by operation (its `storage.calls` counter), per turn: " + string.Join("; ", operations.Select(l =>
                $"C={l.Concurrency}: " + string.Join(", ", l.StorageCallsByOperation.Where(p => p.Value > 0).Select(p => $"{p.Key} {p.Value / l.Turns:0.00}")))));
        }

        var cached = loads.Where(l => !double.IsNaN(l.StateCacheBytes)).ToList();
        if (cached.Count > 0)
        {
            Line(text);
            Line(text, "Bot state cache after each level (its `strategybot.state_cache.*` gauges; it holds the marketers seen most recently, nobody having been idle for its 20 minutes, up to `Storage:StateCacheMegabytes`): " + string.Join("; ", cached.Select(l =>
                $"C={l.Concurrency}: {l.StateCacheBytes / 1024 / 1024:0.0} MB, {l.StateCacheEntries:0} users")));
        }

        foreach (var failed in loads.Where(l => l.ErrorSamples.Count > 0))
        {
            Line(text);
            Line(text, $"Errors, {failed.Target} C={failed.Concurrency}: " + string.Join(" · ", failed.ErrorSamples.Select(e => "`" + e.Replace('`', '\'') + "`")));
        }
    }

    private static void AppendFanOut(StringBuilder text, IReadOnlyList<FanOutResult> fanOuts)
    {
        Line(text);
        Line(text, "## Check-in fan-out");
        Line(text);
        Line(text, "| instances | users | tenants | 429 share | delivered | duplicates | retries (429s) | requeued after 429 on every retry | requests | first | all | delivered/s | all at that rate | peak/s per tenant (first attempts only) | peak/s total | peak per conversation 1 s/2 s/30 s | bot CPU s | Azurite CPU s | bot peak RSS MB |");
        Line(text, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|");
        foreach (var f in fanOuts)
        {
            if (f.NotRun is { } why)
            {
                Line(text, $"| {f.Instances} | {f.Users} | {f.Tenants} | {f.ThrottleFraction:P0} | not run: {why} ||||||||||||||||");
                continue;
            }

            var (c1, c2, c30) = f.PeakConversation;
            Line(text, $"| {f.Instances} | {f.Users} | {f.Tenants} | {f.ThrottleFraction:P0} | {f.Delivered} | {f.Duplicates} | {f.Throttled} | {f.Requeued?.ToString(CultureInfo.InvariantCulture) ?? "?"} | {f.Requests} | {Targets.Seconds(f.TimeToFirst)} | {Targets.Seconds(f.TimeToAll)} | {f.DeliveriesPerSecond:0.0} | {f.ProjectedSeconds:0} s | {f.PeakTenantPerSecond} ({f.PeakTenantFirstAttemptsPerSecond}) | {f.PeakTotalPerSecond} | {c1}/{c2}/{c30} | {f.BotCpu.TotalSeconds:0.0} | {f.AzuriteCpu.TotalSeconds:0.0} | {Targets.Mb(f.PeakRssBytes)} |");
        }

        foreach (var note in fanOuts.SelectMany(f => f.Notes.Select(n => $"{f.Instances} instance(s): {n}")))
        {
            Line(text);
            Line(text, note);
        }
    }

    // Program sets the invariant culture, so interpolated figures read the same on every machine.
    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}

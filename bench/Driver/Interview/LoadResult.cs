namespace StrategyBot.Bench.Interview;

/// <summary>One interview-load level against one target (the bot or the floor): one round, or several added up.</summary>
internal sealed record LoadResult
{
    /// <summary>Rounds added up in this result (see <see cref="InterviewLoad.RunLevelAsync"/>).</summary>
    public required int Rounds { get; init; }

    /// <summary>Every turn's latency, in order, from which the percentiles were taken.</summary>
    public required IReadOnlyList<double> LatenciesMs { get; init; }

    public required string Target { get; init; }

    public required int Concurrency { get; init; }

    public required int Interviews { get; init; }

    /// <summary>Turns that completed with their reply.</summary>
    public required int Turns { get; init; }

    /// <summary>Interviews that stopped on a failed turn.</summary>
    public required int Errors { get; init; }

    public required IReadOnlyList<string> ErrorSamples { get; init; }

    public required TimeSpan Elapsed { get; init; }

    /// <summary>Activities the fake connector accepted during the level (the bot sends more than one per turn).</summary>
    public required long Replies { get; init; }

    public required double P50Ms { get; init; }

    public required double P95Ms { get; init; }

    public required double P99Ms { get; init; }

    public required TimeSpan TargetCpu { get; init; }

    public required TimeSpan AzuriteCpu { get; init; }

    public required TimeSpan DriverCpu { get; init; }

    /// <summary>Busy CPU of the whole machine over the level; what the target, Azurite and the driver did not use, others did.</summary>
    public required TimeSpan MachineCpu { get; init; }

    /// <summary>Highest RSS sampled (every 100 ms) during this level.</summary>
    public required long PeakRssBytes { get; init; }

    /// <summary>VmHWM after this level: the process's peak over its whole life so far.</summary>
    public required long HighWaterRssBytes { get; init; }

    /// <summary>Turns the bot's own histogram counted, and the storage calls it summed over them (null for the floor).</summary>
    public (double Turns, double Calls)? StorageHistogram { get; init; }

    /// <summary>Bytes the target allocated over this level (System.Runtime's dotnet.gc.heap.total_allocated).</summary>
    public double AllocatedBytes { get; init; } = double.NaN;

    /// <summary>Time the target's JIT spent compiling over this level (System.Runtime's dotnet.jit.compilation.time).</summary>
    public TimeSpan JitTime { get; init; }

    /// <summary>Time the target's threads were paused for garbage collection over this level (dotnet.gc.pause.time).</summary>
    public TimeSpan GcPauseTime { get; init; }

    public double KilobytesAllocatedPerTurn => Turns == 0 ? double.NaN : AllocatedBytes / 1024 / Turns;

    /// <summary>The highest per-interval p99 of the bot's storage-calls-per-turn histogram so far (bot only).</summary>
    public double StorageCallsP99Max { get; init; } = double.NaN;

    /// <summary>Turns of the level that made more than two storage round trips (the bot's strategybot.turn.storage_heavy).</summary>
    public double StorageHeavyTurns { get; init; }

    /// <summary>The bot's state cache after this level, as its size limit counts it (strategybot.state_cache.size; bot only).</summary>
    public double StateCacheBytes { get; init; } = double.NaN;

    /// <summary>Users' scopes in the bot's state cache after this level (strategybot.state_cache.entries; bot only).</summary>
    public double StateCacheEntries { get; init; } = double.NaN;

    /// <summary>The bot's storage.calls counter by operation over this level.</summary>
    public IReadOnlyDictionary<string, double> StorageCallsByOperation { get; init; } = new Dictionary<string, double>();

    public double RepliesPerTurn => Turns == 0 ? double.NaN : (double)Replies / Turns;

    public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;

    public double CpuMsPerTurn => Turns == 0 ? double.NaN : TargetCpu.TotalMilliseconds / Turns;

    public double AzuriteCpuMsPerTurn => Turns == 0 ? double.NaN : AzuriteCpu.TotalMilliseconds / Turns;

    /// <summary>The share of the machine's CPU (all cores) that processes other than ours used during the level.</summary>
    public double OthersCpuShare =>
        Math.Max(0, (MachineCpu - TargetCpu - AzuriteCpu - DriverCpu).TotalSeconds) / (Elapsed.TotalSeconds * Environment.ProcessorCount);

    public double StorageCallsPerTurn => StorageHistogram is { Turns: > 0 } h ? h.Calls / h.Turns : double.NaN;

    /// <summary>
    /// The rounds of one target at one level as one result: counts, times and CPU added up, peaks the highest,
    /// percentiles over every turn of every round. The metrics are read separately, around all the rounds.
    /// </summary>
    public static LoadResult Combine(IReadOnlyList<LoadResult> rounds)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        var latencies = rounds.SelectMany(r => r.LatenciesMs).Order().ToArray();
        return new LoadResult
        {
            Target = rounds[0].Target,
            Concurrency = rounds[0].Concurrency,
            Rounds = rounds.Count,
            LatenciesMs = latencies,
            Interviews = rounds.Sum(r => r.Interviews),
            Turns = latencies.Length,
            Errors = rounds.Sum(r => r.Errors),
            ErrorSamples = [.. rounds.SelectMany(r => r.ErrorSamples).Distinct().Take(3)],
            Elapsed = Sum(rounds, r => r.Elapsed),
            Replies = rounds.Sum(r => r.Replies),
            P50Ms = Percentile.Of(latencies, 50),
            P95Ms = Percentile.Of(latencies, 95),
            P99Ms = Percentile.Of(latencies, 99),
            TargetCpu = Sum(rounds, r => r.TargetCpu),
            AzuriteCpu = Sum(rounds, r => r.AzuriteCpu),
            DriverCpu = Sum(rounds, r => r.DriverCpu),
            MachineCpu = Sum(rounds, r => r.MachineCpu),
            PeakRssBytes = rounds.Max(r => r.PeakRssBytes),
            HighWaterRssBytes = rounds[^1].HighWaterRssBytes,
            RoundCpuMsPerTurn = [.. rounds.Select(r => r.CpuMsPerTurn)],
        };
    }

    /// <summary>CPU per turn of each round, for the spread between rounds.</summary>
    public IReadOnlyList<double> RoundCpuMsPerTurn { get; init; } = [];

    private static TimeSpan Sum(IReadOnlyList<LoadResult> rounds, Func<LoadResult, TimeSpan> pick) =>
        rounds.Aggregate(TimeSpan.Zero, (total, r) => total + pick(r));
}

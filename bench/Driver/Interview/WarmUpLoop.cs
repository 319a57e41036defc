using System.Globalization;

namespace StrategyBot.Bench.Interview;

/// <summary>
/// Plays rounds of interviews against a target until its JIT has settled, so the levels measure what a turn costs in a
/// running service rather than the process's first minute. Tiered compilation recompiles hot methods in the background
/// (tier 0, then instrumented, then tier 1 with dynamic PGO: https://learn.microsoft.com/dotnet/core/runtime-config/compilation),
/// and a method gets there only after enough calls, so a process with much code keeps compiling for far longer than
/// one with little: a per-thread /proc reading of the bot showed its "Tiered Com" thread at 31 % of the bot's CPU for
/// the first 30 s of load, then under 1 %. A fixed short warm-up therefore charged the bot, not the floor, for JIT.
/// </summary>
internal sealed class WarmUpLoop(InterviewLoad load)
{
    private const int Concurrency = 8;
    private const int MaxRounds = 40;

    // Settled: JIT under this share of the target's CPU in two rounds in a row. Steady state sits near 1 %, because a
    // rarely taken branch can still reach its tier-1 call count minutes later.
    private const double SettledShare = 0.03;

    /// <summary>
    /// Rounds at C = 8 until settled, then one round at <paramref name="widest"/>: the first time a level opens that
    /// many connections, the connection set-up paths cross their tier-up counts too (about 220 ms of JIT at C = 32 and
    /// again at C = 64, the same for the bot and the floor, which is proportionally more of the floor's small CPU).
    /// </summary>
    public async Task<WarmUp> RunAsync(LoadTarget target, int widest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var started = TimeProvider.System.GetTimestamp();
        var quietRounds = 0;
        var share = double.NaN;
        var round = 0;
        while (round < MaxRounds && quietRounds < 2)
        {
            round++;
            var result = await load.RunAsync(target, Concurrency, 1, string.Create(CultureInfo.InvariantCulture, $"warm{round}-{target.Name}"), cancellationToken);
            ThrowIfFailed(target, result);

            share = result.JitTime.TotalMilliseconds / result.TargetCpu.TotalMilliseconds;
            quietRounds = share < SettledShare ? quietRounds + 1 : 0;
        }

        var wide = await load.RunAsync(target, widest, 1, "warm-wide-" + target.Name, cancellationToken);
        ThrowIfFailed(target, wide);

        return new WarmUp(target.Name, round, (round * Concurrency) + widest, TimeProvider.System.GetElapsedTime(started), share, quietRounds >= 2);
    }

    private static void ThrowIfFailed(LoadTarget target, LoadResult result)
    {
        if (result.Errors > 0)
        {
            throw new InvalidOperationException($"The warm-up against the {target.Name} failed: {string.Join(" · ", result.ErrorSamples)}");
        }
    }
}

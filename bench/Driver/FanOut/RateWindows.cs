using System.Diagnostics;

namespace StrategyBot.Bench.FanOut;

/// <summary>The most events in any sliding window, as Teams counts its rate limits (docs/bot-protocol.md#rate-limits).</summary>
internal static class RateWindows
{
    /// <summary>Most of <paramref name="sortedTimestamps"/> (Stopwatch ticks, ascending) within any <paramref name="window"/>.</summary>
    public static int MaxIn(IReadOnlyList<long> sortedTimestamps, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(sortedTimestamps);
        var span = (long)(window.TotalSeconds * Stopwatch.Frequency);
        var best = 0;
        var start = 0;
        for (var end = 0; end < sortedTimestamps.Count; end++)
        {
            while (sortedTimestamps[end] - sortedTimestamps[start] >= span)
            {
                start++;
            }

            best = Math.Max(best, end - start + 1);
        }

        return best;
    }
}

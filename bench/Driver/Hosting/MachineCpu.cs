using System.Globalization;

namespace StrategyBot.Bench.Hosting;

/// <summary>Busy CPU time of the whole machine (all cores, from /proc/stat), to show how much others used meanwhile.</summary>
internal static class MachineCpu
{
    private static readonly Lazy<double> s_ticksPerSecond = new(() => 1 / ProcessStatsTick());

    public static TimeSpan Busy()
    {
        var first = File.ReadLines("/proc/stat").First();
        var fields = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // cpu user nice system idle iowait irq softirq steal ...: everything but idle and iowait is busy.
        long busy = 0;
        foreach (var index in new[] { 1, 2, 3, 6, 7, 8 })
        {
            busy += long.Parse(fields[index], CultureInfo.InvariantCulture);
        }

        return TimeSpan.FromSeconds(busy / s_ticksPerSecond.Value);
    }

    // /proc/stat counts in the same USER_HZ ticks as /proc/<pid>/stat; read the tick length off our own process.
    private static double ProcessStatsTick() => ProcessStats.TickSeconds;
}

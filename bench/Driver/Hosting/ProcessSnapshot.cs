namespace StrategyBot.Bench.Hosting;

/// <summary>CPU time and peak RSS of one process at one moment, so a run can report the difference.</summary>
internal readonly record struct ProcessSnapshot(TimeSpan Cpu, long PeakRssBytes)
{
    public static ProcessSnapshot Take(int pid) => new(ProcessStats.CpuTime(pid), ProcessStats.PeakRss(pid));
}

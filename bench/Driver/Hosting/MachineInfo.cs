using System.Diagnostics;
using System.Runtime.InteropServices;

namespace StrategyBot.Bench.Hosting;

/// <summary>What the figures were measured on, for the results file.</summary>
internal sealed record MachineInfo(int Cores, string Memory, string CpuModel, string DotnetSdk, string Runtime, string Node, string Commit, string LoadAverage)
{
    public static MachineInfo Read(string repoRoot)
    {
        var memory = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))?["MemTotal:".Length..].Trim() ?? "?";
        var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?";
        var commit = Run("git", repoRoot, "rev-parse", "--short", "HEAD");
        var dirty = Run("git", repoRoot, "status", "--porcelain", "--", "src").Length > 0 ? " (src/ has uncommitted changes)" : "";
        return new MachineInfo(
            Environment.ProcessorCount,
            memory,
            model,
            Run("dotnet", repoRoot, "--version"),
            RuntimeInformation.FrameworkDescription,
            Run("node", repoRoot, "--version"),
            commit + dirty,
            File.ReadAllText("/proc/loadavg").Trim());
    }

    private static string Run(string file, string directory, params string[] arguments)
    {
        try
        {
            var startInfo = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
            foreach (var argument in arguments)
            {
                startInfo.ArgumentList.Add(argument);
            }

            using var process = Process.Start(startInfo)!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "not found";
        }
    }
}

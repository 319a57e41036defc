using System.Diagnostics;
using System.Globalization;
using StrategyBot.Bench.Interview;

namespace StrategyBot.Bench.FanOut;

/// <summary>Runs bench/Seeder (which uses the app's own storage types) and reads its report.</summary>
internal static class SeederProcess
{
    public static async Task<SeedOutcome> RunAsync(
        BenchOptions options, string storage, MarketerIdentity template, Uri serviceUrl, CancellationToken cancellationToken)
    {
        var seeder = Path.Combine(options.RepoRoot, "bench", "Seeder", "bin", "Release", "net10.0", "StrategyBot.Bench.Seeder.dll");
        var startInfo = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            seeder, "--storage", storage, "--template-tenant", template.TenantId, "--template-user", template.AadObjectId,
            "--users", options.FanOutUsers.ToString(CultureInfo.InvariantCulture),
            "--tenants", options.FanOutTenants.ToString(CultureInfo.InvariantCulture),
            "--service-url", serviceUrl.ToString(), "--due-margin-seconds", "5",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).WaitAsync(TimeSpan.FromMinutes(5), cancellationToken);
        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var due = lines.FirstOrDefault(l => l.StartsWith("DUE ", StringComparison.Ordinal));
        var seeded = lines.FirstOrDefault(l => l.StartsWith("SEEDED ", StringComparison.Ordinal))?.Split(' ');
        if (process.ExitCode != 0 || due is null || seeded is null)
        {
            throw new InvalidOperationException($"The seeder failed (exit {process.ExitCode}): {await output}{await errors}");
        }

        return new SeedOutcome(
            DateTimeOffset.Parse(due[4..], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            Seconds(seeded[2]),
            Seconds(seeded[3]),
            Seconds(seeded[4]));
    }

    private static TimeSpan Seconds(string text) => TimeSpan.FromSeconds(double.Parse(text, CultureInfo.InvariantCulture));
}

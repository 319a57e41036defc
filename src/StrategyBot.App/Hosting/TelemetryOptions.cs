namespace StrategyBot.App.Hosting;

/// <summary>Where traces and metrics go. Empty means they stay in-process (dotnet-counters can still read them).</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Application Insights connection string; when set, traces and metrics export to Azure Monitor.</summary>
    public string? AzureMonitorConnectionString { get; set; }
}

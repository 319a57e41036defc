using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace StrategyBot.App.Hosting;

internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>The sources and meters every StrategyBot layer writes to.</summary>
    internal static readonly string[] SourceNames = ["StrategyBot.BotFramework", "StrategyBot.Storage", "StrategyBot.App", "StrategyBot.CheckIns"];

    /// <summary>
    /// Turn latency and storage calls per turn, as OpenTelemetry traces and metrics. Exporting to Azure Monitor is
    /// configuration only: set Telemetry:AzureMonitorConnectionString (or APPLICATIONINSIGHTS_CONNECTION_STRING).
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section);

        var connectionString = configuration[$"{TelemetryOptions.Section}:AzureMonitorConnectionString"]
            ?? configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            // With no exporter the SDK would still start and sample an Activity for every request and outbound call and
            // aggregate every measurement, only to drop them. The meters stay readable in-process without it
            // (dotnet-counters, and the bench, read them over EventPipe).
            return services;
        }

        services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddSource(SourceNames))
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddMeter(SourceNames))
            .UseAzureMonitor(options => options.ConnectionString = connectionString);
        return services;
    }
}

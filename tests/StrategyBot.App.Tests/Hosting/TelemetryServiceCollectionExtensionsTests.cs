using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using StrategyBot.App.Hosting;

namespace StrategyBot.App.Tests.Hosting;

public sealed class TelemetryServiceCollectionExtensionsTests
{
    [Fact]
    public void AddTelemetry_NoConnectionString_RegistersNoOpenTelemetrySdk()
    {
        var services = new ServiceCollection();

        services.AddTelemetry(Configuration(new Dictionary<string, string?> { ["Telemetry:AzureMonitorConnectionString"] = "" }));

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(TracerProvider));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(MeterProvider));
    }

    [Theory]
    [InlineData("Telemetry:AzureMonitorConnectionString")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    public void AddTelemetry_ConnectionString_RegistersTracesAndMetrics(string key)
    {
        var services = new ServiceCollection();

        services.AddTelemetry(Configuration(new Dictionary<string, string?>
        {
            [key] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://example.invalid/",
        }));

        Assert.Contains(services, d => d.ServiceType == typeof(TracerProvider));
        Assert.Contains(services, d => d.ServiceType == typeof(MeterProvider));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}

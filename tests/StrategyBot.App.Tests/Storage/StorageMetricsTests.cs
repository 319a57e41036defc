using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using StrategyBot.App.Storage;

namespace StrategyBot.App.Tests.Storage;

public sealed class StorageMetricsTests
{
    [Fact]
    public void RecordCall_PublishesCounterTaggedWithOperation()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        var metrics = new StorageMetrics(factory);
        var measured = new List<(long Value, object? Operation)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this factory's meter: storage tests running alongside publish the same meter name from their own.
            if (ReferenceEquals(instrument.Meter.Scope, factory) && instrument.Meter.Name == StorageMetrics.MeterName
                && instrument.Name == StorageMetrics.CallsInstrument)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            measured.Add((value, tags.ToArray().Single(t => t.Key == StorageMetrics.OperationTag).Value)));
        listener.Start();

        metrics.RecordCall(StorageMetrics.StateLoad);
        metrics.RecordCall(StorageMetrics.StateSave);

        Assert.Equal([(1L, StorageMetrics.StateLoad), (1L, StorageMetrics.StateSave)], measured);
    }

    [Fact]
    public void RecordCall_KeepsInProcessTotalsPerOperation()
    {
        var metrics = StorageTestKit.NewMetrics();

        metrics.RecordCall(StorageMetrics.StateLoad);
        metrics.RecordCall(StorageMetrics.StateSave);
        metrics.RecordCall(StorageMetrics.StateSave);

        Assert.Equal(3, metrics.TotalCalls);
        Assert.Equal(1, metrics.CallsFor(StorageMetrics.StateLoad));
        Assert.Equal(2, metrics.CallsFor(StorageMetrics.StateSave));
        Assert.Equal(0, metrics.CallsFor(StorageMetrics.HealthCheck));
    }
}

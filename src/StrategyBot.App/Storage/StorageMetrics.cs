using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Storage;

/// <summary>
/// Counts storage round trips: the OpenTelemetry counter "storage.calls" (tag "operation") for dashboards, plus an
/// in-process tally the bench and tests read to prove a turn costs one load and one save. Every call also counts on the
/// calling flow's <see cref="StorageTally"/>, which is how a turn learns its own round trips to every table.
/// </summary>
public sealed class StorageMetrics
{
    public const string MeterName = "StrategyBot.Storage";
    public const string CallsInstrument = "storage.calls";
    public const string OperationTag = "operation";
    public const string StateCacheSizeInstrument = "strategybot.state_cache.size";
    public const string StateCacheEntriesInstrument = "strategybot.state_cache.entries";

    public const string StateLoad = "state.load";
    public const string StateSave = "state.save";
    public const string StateRead = "state.read";
    public const string StateDeleteScope = "state.delete_scope";
    public const string TableCreate = "table.create";
    public const string HealthCheck = "health";

    private readonly Meter _meter;
    private readonly Counter<long> _calls;
    private readonly ConcurrentDictionary<string, long> _byOperation = new(StringComparer.Ordinal);
    private long _total;

    public StorageMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _meter = meterFactory.Create(MeterName);
        _calls = _meter.CreateCounter<long>(CallsInstrument, unit: "{call}", description: "Round trips to Table Storage.");
    }

    /// <summary>Every round trip this instance counted, whatever the operation.</summary>
    public long TotalCalls => Interlocked.Read(ref _total);

    /// <summary>Round trips counted for one operation, such as <see cref="StateLoad"/>.</summary>
    public long CallsFor(string operation) => _byOperation.TryGetValue(operation, out var count) ? count : 0;

    /// <summary>Counts one round trip; call it once per request sent, whether it succeeded or not.</summary>
    public void RecordCall(string operation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operation);
        Interlocked.Increment(ref _total);
        _byOperation.AddOrUpdate(operation, 1, static (_, count) => count + 1);
        StorageTally.Record();
        _calls.Add(1, new KeyValuePair<string, object?>(OperationTag, operation));
    }

    /// <summary>
    /// Publishes how full the state cache is (its size as its limit counts it, and its entries), read when a listener
    /// collects: the memory it holds grows with the users seen in the last 20 minutes, up to Storage:StateCacheMegabytes.
    /// </summary>
    internal void ObserveStateCache(Func<StateCacheFill?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        _meter.CreateObservableGauge(StateCacheSizeInstrument, () => Observe(read, fill => fill.Bytes), unit: "By",
            description: "What the state cache holds, as its size limit (Storage:StateCacheMegabytes) counts it.");
        _meter.CreateObservableGauge(StateCacheEntriesInstrument, () => Observe(read, fill => fill.Entries), unit: "{scope}",
            description: "Users' scopes the state cache holds (one backing off after a conflict counts too).");
    }

    private static Measurement<long>[] Observe(Func<StateCacheFill?> read, Func<StateCacheFill, long> pick) =>
        read() is { } fill ? [new Measurement<long>(pick(fill))] : [];
}

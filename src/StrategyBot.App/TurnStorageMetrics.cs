using System.Diagnostics.Metrics;

namespace StrategyBot.App;

/// <summary>
/// Storage round trips per turn, as a histogram. Counted per turn (a <see cref="BotFramework.State.StorageTally"/>)
/// rather than derived from the store's global counter, because concurrent turns would make a global delta meaningless.
/// </summary>
internal sealed class TurnStorageMetrics : IDisposable
{
    public const string MeterName = "StrategyBot.App";

    private readonly Meter _meter;
    private readonly Histogram<int> _callsPerTurn;

    public TurnStorageMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _callsPerTurn = _meter.CreateHistogram<int>(
            "strategybot.turn.storage_calls",
            unit: "{call}",
            description: "Storage round trips one turn made, to any table, retries included; a load served from the state cache is none.");
    }

    public void Record(int calls, string? activityType) =>
        _callsPerTurn.Record(calls, new KeyValuePair<string, object?>("activity.type", activityType ?? "unknown"));

    public void Dispose() => _meter.Dispose();
}

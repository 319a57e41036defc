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
    private readonly Counter<long> _heavyTurns;

    public TurnStorageMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _callsPerTurn = _meter.CreateHistogram<int>(
            "strategybot.turn.storage_calls",
            unit: "{call}",
            description: "Storage round trips one turn made, to any table, retries included; a load served from the state cache is none.");

        // A histogram exported as percentiles hides the rare turn; this counts each one.
        _heavyTurns = _meter.CreateCounter<long>(
            "strategybot.turn.storage_heavy",
            unit: "{turn}",
            description: "Turns that made more than two storage round trips: conflicts, stale cached copies, or a cache miss on a turn that also writes the check-in schedule.");
    }

    public void Record(int calls, string? activityType)
    {
        var type = new KeyValuePair<string, object?>("activity.type", activityType ?? "unknown");
        _callsPerTurn.Record(calls, type);
        if (calls > 2)
        {
            _heavyTurns.Add(1, type);
        }
    }

    public void Dispose() => _meter.Dispose();
}

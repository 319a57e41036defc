using System.Diagnostics.Metrics;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>The turn-latency histogram, created through IMeterFactory so each host (and test) has its own.</summary>
internal sealed class TurnMetrics
{
    private readonly Histogram<double> _turnDuration;

    public TurnMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(BotFrameworkTelemetry.MeterName);
        _turnDuration = meter.CreateHistogram<double>(
            BotFrameworkTelemetry.TurnDurationInstrument, unit: "ms", description: "Time to run one bot turn and deliver its replies.");
    }

    public void RecordTurn(string activityType, TimeSpan elapsed, bool succeeded) =>
        _turnDuration.Record(
            elapsed.TotalMilliseconds,
            new KeyValuePair<string, object?>(BotFrameworkTelemetry.ActivityTypeTag, activityType),
            new KeyValuePair<string, object?>(BotFrameworkTelemetry.OutcomeTag, succeeded ? "ok" : "error"));
}

using System.Diagnostics.Metrics;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// The scheduler's counters on the "StrategyBot.CheckIns" meter (read by dashboards, and by the bench over EventPipe),
/// with an in-process total for tests.
/// </summary>
internal sealed class CheckInMetrics
{
    public const string MeterName = "StrategyBot.CheckIns";
    public const string RequeuedInstrument = "strategybot.checkins.requeued";

    private readonly Counter<long> _requeued;
    private long _requeuedTotal;

    public CheckInMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _requeued = meterFactory.Create(MeterName).CreateCounter<long>(
            RequeuedInstrument,
            unit: "{send}",
            description: "Check-in sends Teams refused with 429 on every retry, put back on the schedule for after Retry-After instead of the claim lease.");
    }

    /// <summary>Sends requeued by this instance so far.</summary>
    public long Requeued => Interlocked.Read(ref _requeuedTotal);

    public void RecordRequeued()
    {
        Interlocked.Increment(ref _requeuedTotal);
        _requeued.Add(1);
    }
}

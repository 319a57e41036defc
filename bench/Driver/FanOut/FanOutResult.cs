namespace StrategyBot.Bench.FanOut;

/// <summary>One check-in fan-out: N users due at once, one or more bot instances, a connector that throttles some calls.</summary>
internal sealed record FanOutResult
{
    public required int Instances { get; init; }

    public required int Users { get; init; }

    public required int Tenants { get; init; }

    public required double ThrottleFraction { get; init; }

    /// <summary>Null when the run happened; otherwise why it could not.</summary>
    public string? NotRun { get; init; }

    public TimeSpan SeedTime { get; init; }

    /// <summary>Conversations that got their check-in.</summary>
    public int Delivered { get; init; }

    /// <summary>Extra deliveries beyond one per conversation (must be 0).</summary>
    public int Duplicates { get; init; }

    /// <summary>429 answers the connector gave, each one a retry the bot had to make.</summary>
    public long Throttled { get; init; }

    /// <summary>
    /// Sends the bot(s) requeued after Teams answered 429 to every retry (their strategybot.checkins.requeued counter):
    /// each went out again after its Retry-After instead of after the claim lease. Null when the counter could not be read.
    /// </summary>
    public long? Requeued { get; init; }

    public long Requests { get; init; }

    /// <summary>From the moment everything fell due to the last delivery (null when not everything arrived).</summary>
    public TimeSpan? TimeToAll { get; init; }

    public TimeSpan? TimeToFirst { get; init; }

    /// <summary>From T0 to the last delivery seen, whether or not everyone got theirs.</summary>
    public TimeSpan? TimeToLast { get; init; }

    /// <summary>Check-ins delivered per second from T0 to the last delivery.</summary>
    public double DeliveriesPerSecond => TimeToLast is { TotalSeconds: > 0 } span ? Delivered / span.TotalSeconds : double.NaN;

    /// <summary>Users ÷ that rate: how long everyone would take at it (the measured time when everyone was reached).</summary>
    public double ProjectedSeconds => TimeToAll?.TotalSeconds ?? Users / DeliveriesPerSecond;

    /// <summary>Most requests any one tenant's conversations got in any 1 s window (Teams: 50 per app per tenant).</summary>
    public int PeakTenantPerSecond { get; init; }

    /// <summary>The same peak counting only each conversation's first attempt, i.e. without the 429 retries.</summary>
    public int PeakTenantFirstAttemptsPerSecond { get; init; }

    public int PeakTotalPerSecond { get; init; }

    /// <summary>Most requests one conversation got in any 1 s / 2 s / 30 s window (Teams: 7 / 8 / 60).</summary>
    public (int OneSecond, int TwoSeconds, int ThirtySeconds) PeakConversation { get; init; }

    public TimeSpan BotCpu { get; init; }

    public TimeSpan AzuriteCpu { get; init; }

    public long PeakRssBytes { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];
}

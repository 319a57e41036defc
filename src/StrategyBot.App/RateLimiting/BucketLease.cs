using System.Threading.RateLimiting;

namespace StrategyBot.App.RateLimiting;

/// <summary>The answer of a <see cref="ClockedTokenBucket"/>: granted, or refused with when to retry and whether it is the first refusal.</summary>
internal sealed class BucketLease : RateLimitLease
{
    /// <summary>True on the first refusal after a granted permit, so the user is told once per burst, not per message.</summary>
    public static readonly MetadataName<bool> FirstRefusal = MetadataName.Create<bool>("strategybot.first-refusal");

    public static readonly BucketLease Granted = new(isAcquired: true, retryAfter: null, firstRefusal: false);

    private readonly TimeSpan? _retryAfter;
    private readonly bool _firstRefusal;

    private BucketLease(bool isAcquired, TimeSpan? retryAfter, bool firstRefusal)
    {
        IsAcquired = isAcquired;
        _retryAfter = retryAfter;
        _firstRefusal = firstRefusal;
    }

    public override bool IsAcquired { get; }

    public override IEnumerable<string> MetadataNames =>
        IsAcquired ? [] : [MetadataName.RetryAfter.Name, FirstRefusal.Name];

    public static BucketLease Refused(TimeSpan retryAfter, bool firstRefusal) => new(isAcquired: false, retryAfter, firstRefusal);

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (!IsAcquired && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = _retryAfter;
            return true;
        }

        if (!IsAcquired && metadataName == FirstRefusal.Name)
        {
            metadata = _firstRefusal;
            return true;
        }

        metadata = null;
        return false;
    }
}

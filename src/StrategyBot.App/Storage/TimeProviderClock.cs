using Microsoft.Extensions.Internal;

namespace StrategyBot.App.Storage;

/// <summary>MemoryCache still takes its time from an <see cref="ISystemClock"/>; this one reads the app's TimeProvider.</summary>
internal sealed class TimeProviderClock(TimeProvider time) : ISystemClock
{
    public DateTimeOffset UtcNow => time.GetUtcNow();
}

using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Kpis;

/// <summary>
/// One raw number a check-in asks for: an input counted on one platform ("Instagram followers"), or over all
/// platforms when <see cref="Platform"/> is null (sales, revenue, or a KPI whose target names no platform).
/// </summary>
public readonly record struct PlatformInput(WeeklyInput Input, Platform? Platform)
{
    /// <summary>
    /// Business outcomes are counted once over all platforms (a sale is a sale, wherever it came from), so they are
    /// asked once even when several platforms' targets need them.
    /// </summary>
    public static bool IsBusinessOutcome(WeeklyInput input) => input is WeeklyInput.Conversions or WeeklyInput.Revenue;

    /// <summary>The input as a target on <paramref name="platform"/> needs it: a business outcome stays over all platforms.</summary>
    public static PlatformInput For(WeeklyInput input, Platform? platform) => new(input, IsBusinessOutcome(input) ? null : platform);
}

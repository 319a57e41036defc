using System.ComponentModel.DataAnnotations;
using System.Globalization;
using StrategyBot.App.Localization;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// Settings of the weekly check-ins (section "CheckIns"), validated at startup so a bad zone or interval fails the
/// host rather than the first Monday morning.
/// </summary>
public sealed class CheckInOptions : IValidatableObject
{
    public const string Section = "CheckIns";

    /// <summary>How often the scheduler looks for due check-ins.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The weekday a plan without a confirmed slot is checked on.</summary>
    public DayOfWeek DefaultDayOfWeek { get; set; } = DayOfWeek.Monday;

    /// <summary>The local time of day of the default slot, "HH:mm".</summary>
    public string DefaultLocalTime { get; set; } = "09:00";

    /// <summary>The IANA zone used when neither the plan nor Teams names one.</summary>
    public string DefaultTimeZone { get; set; } = "Etc/UTC";

    /// <summary>Partitions of the due-time index; more spreads a Monday-09:00 burst over more table partitions.</summary>
    public int IndexShards { get; set; } = 16;

    /// <summary>Check-ins processed at once by one instance.</summary>
    public int MaxParallelSends { get; set; } = 32;

    /// <summary>
    /// Connector attempts per second per tenant for proactive sends from one instance, each retry after a 429 or 5xx
    /// taking a slot like the first attempt; the connector's pacing uses it. Teams allows 50 per app per tenant
    /// (docs/bot-protocol.md#rate-limits) and the replies of live turns count too, so the default leaves headroom; with N instances
    /// use 45 / N.
    /// </summary>
    public double SendsPerSecondPerTenant { get; set; } = 45;

    /// <summary>How long a claimed check-in is hidden from other instances; an instance that dies mid-send frees it then.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Due rows read from one index partition per query.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>When an unanswered check-in gets its one nudge.</summary>
    public TimeSpan NudgeAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Consecutive unanswered weeks after which check-ins pause.</summary>
    public int IgnoredWeeksBeforePause { get; set; } = 3;

    /// <summary>The default local time parsed; valid once validation passed.</summary>
    public TimeOnly DefaultTime => TimeOnly.ParseExact(DefaultLocalTime, "HH:mm", CultureInfo.InvariantCulture);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PollInterval < TimeSpan.FromSeconds(1) || PollInterval > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("CheckIns:PollInterval must be between 00:00:01 and 01:00:00.", [nameof(PollInterval)]);
        }

        if (!Enum.IsDefined(DefaultDayOfWeek))
        {
            yield return new ValidationResult("CheckIns:DefaultDayOfWeek must be a weekday name such as Monday.", [nameof(DefaultDayOfWeek)]);
        }

        if (!TimeOnly.TryParseExact(DefaultLocalTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            yield return new ValidationResult("CheckIns:DefaultLocalTime must be a 24-hour time \"HH:mm\" such as 09:00.", [nameof(DefaultLocalTime)]);
        }

        if (TimeZones.Find(DefaultTimeZone) is null)
        {
            yield return new ValidationResult(
                $"CheckIns:DefaultTimeZone \"{DefaultTimeZone}\" is not a time zone this machine knows; use an IANA id such as Europe/Berlin.",
                [nameof(DefaultTimeZone)]);
        }

        if (IndexShards is < 1 or > 64)
        {
            yield return new ValidationResult("CheckIns:IndexShards must be between 1 and 64.", [nameof(IndexShards)]);
        }

        if (MaxParallelSends is < 1 or > 256)
        {
            yield return new ValidationResult("CheckIns:MaxParallelSends must be between 1 and 256.", [nameof(MaxParallelSends)]);
        }

        if (SendsPerSecondPerTenant is <= 0 or > 50)
        {
            yield return new ValidationResult(
                "CheckIns:SendsPerSecondPerTenant must be above 0 and at most 50, Teams' limit per app per tenant.", [nameof(SendsPerSecondPerTenant)]);
        }

        if (ClaimLease < TimeSpan.FromSeconds(30))
        {
            yield return new ValidationResult("CheckIns:ClaimLease must be at least 00:00:30.", [nameof(ClaimLease)]);
        }

        if (BatchSize is < 1 or > 1000)
        {
            yield return new ValidationResult("CheckIns:BatchSize must be between 1 and 1000.", [nameof(BatchSize)]);
        }

        if (NudgeAfter <= TimeSpan.Zero || NudgeAfter >= TimeSpan.FromDays(7))
        {
            yield return new ValidationResult("CheckIns:NudgeAfter must be positive and shorter than a week.", [nameof(NudgeAfter)]);
        }

        if (IgnoredWeeksBeforePause is < 1 or > 52)
        {
            yield return new ValidationResult("CheckIns:IgnoredWeeksBeforePause must be between 1 and 52.", [nameof(IgnoredWeeksBeforePause)]);
        }
    }
}

using System.ComponentModel.DataAnnotations;

namespace StrategyBot.App.RateLimiting;

/// <summary>
/// The per-user message limit (section "RateLimiting"): a bucket of <see cref="PermitLimit"/> messages that refills
/// evenly over <see cref="Window"/>, so a user may send a burst of that many and then one every Window/PermitLimit.
/// </summary>
public sealed class UserRateLimitOptions : IValidatableObject
{
    public const string Section = "RateLimiting";

    /// <summary>Messages (and card actions) a user may send in a burst.</summary>
    public int PermitLimit { get; set; } = 10;

    /// <summary>The time in which a spent burst refills completely.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The time one message's permit takes to come back.</summary>
    public TimeSpan RefillInterval => Window / PermitLimit;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PermitLimit is < 1 or > 10_000)
        {
            yield return new ValidationResult("RateLimiting:PermitLimit must be between 1 and 10000.", [nameof(PermitLimit)]);
        }

        if (Window < TimeSpan.FromMilliseconds(100) || Window > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("RateLimiting:Window must be between 00:00:00.1 and 01:00:00.", [nameof(Window)]);
        }
    }
}

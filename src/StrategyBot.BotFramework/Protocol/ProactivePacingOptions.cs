using System.ComponentModel.DataAnnotations;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// The pace of proactive connector calls per tenant, validated at startup. Not bound to a section here: the host sets
/// it from its own configuration (StrategyBot.App maps <c>CheckIns:SendsPerSecondPerTenant</c> onto it).
/// </summary>
public sealed class ProactivePacingOptions
{
    /// <summary>The default pace: below Teams' 50 per app per tenant, leaving room for the replies of live turns.</summary>
    public const double DefaultSendsPerSecondPerTenant = 45;

    /// <summary>Connector attempts per second per tenant from this instance, every retry included.</summary>
    [Range(0, 50, MinimumIsExclusive = true,
        ErrorMessage = "The proactive send rate per tenant must be above 0 and at most 50, Teams' limit per app per tenant.")]
    public double SendsPerSecondPerTenant { get; set; } = DefaultSendsPerSecondPerTenant;
}

namespace StrategyBot.Domain.Planning;

/// <summary>Which call to action and link work on which channel, and how the clicks on it are tracked.</summary>
public sealed class ChannelCta
{
    public Platform Platform { get; set; }

    public string CallToAction { get; set; } = "";

    /// <summary>Where it sends people: the link in bio, a landing page, a DM keyword.</summary>
    public string? Link { get; set; }

    /// <summary>The KPI the channel's CTA is tracked by: clicks or CTR.</summary>
    public string TrackedKpiId { get; set; } = Kpis.KpiIds.Clicks;
}

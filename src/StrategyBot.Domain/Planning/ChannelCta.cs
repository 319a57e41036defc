namespace StrategyBot.Domain.Planning;

/// <summary>Which call to action and link work on which channel, and how the clicks on it are tracked.</summary>
public sealed record ChannelCta
{
    public Platform Platform { get; init; }

    public string CallToAction { get; init; } = "";

    /// <summary>Where it sends people: the link in bio, a landing page, a DM keyword.</summary>
    public string? Link { get; init; }

    /// <summary>The KPI the channel's CTA is tracked by: clicks or CTR.</summary>
    public string TrackedKpiId { get; init; } = Kpis.KpiIds.Clicks;
}

namespace StrategyBot.Domain.Planning;

/// <summary>The second S of SOSTAC: where to play and how to stand out.</summary>
public sealed record Strategy
{
    /// <summary>The platforms where the personas are.</summary>
    public IReadOnlyList<Platform> Platforms { get; init; } = [];

    /// <summary>Share of effort on content and presence (organic), in percent.</summary>
    public decimal? ContentPercent { get; init; }

    /// <summary>Share of effort on paid social, in percent.</summary>
    public decimal? PaidPercent { get; init; }

    public string? Differentiator { get; init; }

    public bool IsSplitValid() =>
        ContentPercent is >= 0m and <= 100m
        && PaidPercent is >= 0m and <= 100m
        && Math.Abs(ContentPercent.Value + PaidPercent.Value - 100m) <= PlanRules.PercentTolerance;
}

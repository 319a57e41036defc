namespace StrategyBot.Domain.Kpis;

/// <summary>The raw numbers reported for one week; anything not reported stays null.</summary>
public sealed record WeeklyNumbers
{
    public decimal? Reach { get; init; }

    public decimal? Impressions { get; init; }

    public decimal? Engagements { get; init; }

    public decimal? Clicks { get; init; }

    public decimal? Conversions { get; init; }

    public decimal? Spend { get; init; }

    public decimal? Revenue { get; init; }

    public decimal? BrandedHashtagUses { get; init; }

    public decimal? Followers { get; init; }

    public decimal? Get(WeeklyInput input) => input switch
    {
        WeeklyInput.Reach => Reach,
        WeeklyInput.Impressions => Impressions,
        WeeklyInput.Engagements => Engagements,
        WeeklyInput.Clicks => Clicks,
        WeeklyInput.Conversions => Conversions,
        WeeklyInput.Spend => Spend,
        WeeklyInput.Revenue => Revenue,
        WeeklyInput.BrandedHashtagUses => BrandedHashtagUses,
        WeeklyInput.Followers => Followers,
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, null),
    };

    /// <summary>These numbers with <paramref name="input"/> set to <paramref name="value"/>.</summary>
    public WeeklyNumbers With(WeeklyInput input, decimal? value) => input switch
    {
        WeeklyInput.Reach => this with { Reach = value },
        WeeklyInput.Impressions => this with { Impressions = value },
        WeeklyInput.Engagements => this with { Engagements = value },
        WeeklyInput.Clicks => this with { Clicks = value },
        WeeklyInput.Conversions => this with { Conversions = value },
        WeeklyInput.Spend => this with { Spend = value },
        WeeklyInput.Revenue => this with { Revenue = value },
        WeeklyInput.BrandedHashtagUses => this with { BrandedHashtagUses = value },
        WeeklyInput.Followers => this with { Followers = value },
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, null),
    };

    public bool IsEmpty() => Enum.GetValues<WeeklyInput>().All(i => Get(i) is null);
}

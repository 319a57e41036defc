namespace StrategyBot.Domain.Kpis;

/// <summary>The raw numbers reported for one week; anything not reported stays null.</summary>
public sealed class WeeklyNumbers
{
    public decimal? Reach { get; set; }

    public decimal? Impressions { get; set; }

    public decimal? Engagements { get; set; }

    public decimal? Clicks { get; set; }

    public decimal? Conversions { get; set; }

    public decimal? Spend { get; set; }

    public decimal? Revenue { get; set; }

    public decimal? BrandedHashtagUses { get; set; }

    public decimal? Followers { get; set; }

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

    public void Set(WeeklyInput input, decimal? value)
    {
        switch (input)
        {
            case WeeklyInput.Reach: Reach = value; break;
            case WeeklyInput.Impressions: Impressions = value; break;
            case WeeklyInput.Engagements: Engagements = value; break;
            case WeeklyInput.Clicks: Clicks = value; break;
            case WeeklyInput.Conversions: Conversions = value; break;
            case WeeklyInput.Spend: Spend = value; break;
            case WeeklyInput.Revenue: Revenue = value; break;
            case WeeklyInput.BrandedHashtagUses: BrandedHashtagUses = value; break;
            case WeeklyInput.Followers: Followers = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(input), input, null);
        }
    }

    public bool IsEmpty() => Enum.GetValues<WeeklyInput>().All(i => Get(i) is null);
}

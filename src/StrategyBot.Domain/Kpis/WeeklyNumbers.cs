using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Kpis;

/// <summary>
/// The raw numbers reported for one week; anything not reported stays null. The properties hold numbers counted over
/// all platforms (and every number of a record written before check-ins asked per platform); <see cref="Platforms"/>
/// holds the numbers counted on one platform.
/// </summary>
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

    public decimal? MessagesAnswered { get; set; }

    public decimal? ResponseHours { get; set; }

    public decimal? BrandMentions { get; set; }

    public decimal? CompetitorMentions { get; set; }

    /// <summary>Numbers counted on one platform ("Instagram followers"); null when none were.</summary>
    public Dictionary<Platform, WeeklyNumbers>? Platforms { get; set; }

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
        WeeklyInput.MessagesAnswered => MessagesAnswered,
        WeeklyInput.ResponseHours => ResponseHours,
        WeeklyInput.BrandMentions => BrandMentions,
        WeeklyInput.CompetitorMentions => CompetitorMentions,
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, null),
    };

    /// <summary>The number exactly as reported for the platform (or over all platforms), without any fallback.</summary>
    public decimal? Get(PlatformInput input) =>
        input.Platform is { } platform ? Platforms?.GetValueOrDefault(platform)?.Get(input.Input) : Get(input.Input);

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
            case WeeklyInput.MessagesAnswered: MessagesAnswered = value; break;
            case WeeklyInput.ResponseHours: ResponseHours = value; break;
            case WeeklyInput.BrandMentions: BrandMentions = value; break;
            case WeeklyInput.CompetitorMentions: CompetitorMentions = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(input), input, null);
        }
    }

    public void Set(PlatformInput input, decimal? value)
    {
        if (input.Platform is not { } platform)
        {
            Set(input.Input, value);
            return;
        }

        Platforms ??= [];
        if (!Platforms.TryGetValue(platform, out var numbers))
        {
            numbers = new WeeklyNumbers();
            Platforms[platform] = numbers;
        }

        numbers.Set(input.Input, value);
    }

    /// <summary>
    /// The week's numbers as a KPI target on <paramref name="platform"/> reads them: that platform's numbers, and for
    /// an input no platform reported, the number reported over all platforms (business outcomes such as sales, and
    /// every number of a record from before per-platform check-ins). A null platform reads the all-platform numbers.
    /// </summary>
    public WeeklyNumbers On(Platform? platform)
    {
        if (platform is not { } on)
        {
            return this;
        }

        var view = new WeeklyNumbers();
        var own = Platforms?.GetValueOrDefault(on);
        foreach (var input in Enum.GetValues<WeeklyInput>())
        {
            var reportedPerPlatform = Platforms?.Values.Any(p => p.Get(input) is not null) == true;
            view.Set(input, own?.Get(input) ?? (reportedPerPlatform ? null : Get(input)));
        }

        return view;
    }

    /// <summary>Every number reported, with the platform it was counted on (null: over all platforms).</summary>
    public IReadOnlyList<(PlatformInput Input, decimal Value)> Reported()
    {
        var all = Enum.GetValues<WeeklyInput>().Where(i => Get(i) is not null).Select(i => (new PlatformInput(i, null), Get(i)!.Value));
        var perPlatform = (Platforms ?? []).OrderBy(p => p.Key)
            .SelectMany(p => Enum.GetValues<WeeklyInput>().Where(i => p.Value.Get(i) is not null).Select(i => (new PlatformInput(i, p.Key), p.Value.Get(i)!.Value)));
        return [.. all.Concat(perPlatform)];
    }

    public bool IsEmpty() => Reported().Count == 0;
}

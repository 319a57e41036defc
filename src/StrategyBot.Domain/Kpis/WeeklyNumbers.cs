using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Kpis;

/// <summary>
/// The raw numbers reported for one week; anything not reported stays null. The properties hold numbers counted over
/// all platforms (and every number of a record written before check-ins asked per platform); <see cref="Platforms"/>
/// holds the numbers counted on one platform.
/// </summary>
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

    public decimal? MessagesAnswered { get; init; }

    public decimal? ResponseHours { get; init; }

    public decimal? BrandMentions { get; init; }

    public decimal? CompetitorMentions { get; init; }

    /// <summary>Numbers counted on one platform ("Instagram followers"); null when none were.</summary>
    public IReadOnlyDictionary<Platform, WeeklyNumbers>? Platforms { get; init; }

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
        WeeklyInput.MessagesAnswered => this with { MessagesAnswered = value },
        WeeklyInput.ResponseHours => this with { ResponseHours = value },
        WeeklyInput.BrandMentions => this with { BrandMentions = value },
        WeeklyInput.CompetitorMentions => this with { CompetitorMentions = value },
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, null),
    };

    /// <summary>These numbers with the number for <paramref name="input"/>'s platform (or over all platforms) set.</summary>
    public WeeklyNumbers With(PlatformInput input, decimal? value)
    {
        if (input.Platform is not { } platform)
        {
            return With(input.Input, value);
        }

        var platforms = Platforms is null ? new Dictionary<Platform, WeeklyNumbers>() : new Dictionary<Platform, WeeklyNumbers>(Platforms);
        platforms[platform] = (platforms.GetValueOrDefault(platform) ?? new WeeklyNumbers()).With(input.Input, value);
        return this with { Platforms = platforms };
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
            view = view.With(input, own?.Get(input) ?? (reportedPerPlatform ? null : Get(input)));
        }

        return view;
    }

    /// <summary>Every number reported, with the platform it was counted on (null: over all platforms).</summary>
    public IReadOnlyList<(PlatformInput Input, decimal Value)> Reported()
    {
        var all = Enum.GetValues<WeeklyInput>().Where(i => Get(i) is not null).Select(i => (new PlatformInput(i, null), Get(i)!.Value));
        var perPlatform = (Platforms ?? new Dictionary<Platform, WeeklyNumbers>()).OrderBy(p => p.Key)
            .SelectMany(p => Enum.GetValues<WeeklyInput>().Where(i => p.Value.Get(i) is not null).Select(i => (new PlatformInput(i, p.Key), p.Value.Get(i)!.Value)));
        return [.. all.Concat(perPlatform)];
    }

    public bool IsEmpty() => Reported().Count == 0;
}

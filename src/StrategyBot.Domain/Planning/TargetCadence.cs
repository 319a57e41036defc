namespace StrategyBot.Domain.Planning;

/// <summary>What a KPI target's number means, which decides how a week's report is judged against it.</summary>
public enum TargetCadence
{
    /// <summary>A level to reach by the deadline: followers 11,000. A week reports the level it ended at.</summary>
    Level,

    /// <summary>A total over the period: 300 leads by April. A week reports that week's count; they add up.</summary>
    Total,

    /// <summary>A rate per week: reach 10,000 a week. A week reports that week's count.</summary>
    PerWeek,

    /// <summary>A rate per month: 150 sales a month. A week reports that week's count; a month's weeks add up.</summary>
    PerMonth,

    /// <summary>A ratio: engagement rate 4.5 %, CPC $0.40, ROAS 3:1. Derived from the week's raw counts.</summary>
    Ratio,
}

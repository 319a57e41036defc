namespace StrategyBot.Domain.CheckIns;

/// <summary>What a progress report compared with what, so the card can say it in words.</summary>
public enum ProgressBasis
{
    /// <summary>The latest level (or weekly rate, or ratio) against the target pro-rated to that week.</summary>
    Latest,

    /// <summary>The sum of the reported weeks against the share of the total due over those weeks.</summary>
    CumulativeTotal,

    /// <summary>The reported weeks of the current month added up, against the monthly target's share for them.</summary>
    MonthToDate,

    /// <summary>The latest week against the weekly share of the monthly target (before a month has two weeks).</summary>
    WeeklyShareOfMonth,
}

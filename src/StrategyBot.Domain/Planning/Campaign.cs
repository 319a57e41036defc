namespace StrategyBot.Domain.Planning;

/// <summary>A campaign on the schedule: its name and goal, when it runs, where, with what budget, and its KPIs.</summary>
public sealed record Campaign
{
    public string Name { get; init; } = "";

    /// <summary>The objective it serves, when it serves one.</summary>
    public string? ObjectiveId { get; init; }

    public string? Goal { get; init; }

    public DateOnly Start { get; init; }

    public DateOnly End { get; init; }

    public IReadOnlyList<Platform> Platforms { get; init; } = [];

    /// <summary>In the plan's budget currency.</summary>
    public decimal? Budget { get; init; }

    /// <summary>Ids from <c>StrategyBot.Domain.Kpis.KpiIds</c>.</summary>
    public IReadOnlyList<string> KpiIds { get; init; } = [];

    public bool IsRunning(DateOnly today) => Start <= today && today <= End;

    /// <summary>What is wrong with it as entered, or nothing.</summary>
    public IEnumerable<PlanIssue> Issues()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return PlanIssue.NameMissing;
        }

        if (End < Start)
        {
            yield return PlanIssue.EndsBeforeItStarts;
        }

        if (Budget < 0m)
        {
            yield return PlanIssue.NegativeBudget;
        }
    }
}

namespace StrategyBot.Domain.Planning;

/// <summary>A campaign on the schedule: its name and goal, when it runs, where, with what budget, and its KPIs.</summary>
public sealed class Campaign
{
    public string Name { get; set; } = "";

    /// <summary>The objective it serves, when it serves one.</summary>
    public string? ObjectiveId { get; set; }

    public string? Goal { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }

    public List<Platform> Platforms { get; set; } = [];

    /// <summary>In the plan's budget currency.</summary>
    public decimal? Budget { get; set; }

    /// <summary>Ids from <c>StrategyBot.Domain.Kpis.KpiIds</c>.</summary>
    public List<string> KpiIds { get; set; } = [];

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

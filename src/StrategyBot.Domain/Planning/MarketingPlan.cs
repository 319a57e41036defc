namespace StrategyBot.Domain.Planning;

/// <summary>A social-media marketing plan following SOSTAC.</summary>
public sealed record MarketingPlan
{
    public string Id { get; set; } = "";

    public string? OwnerId { get; set; }

    /// <summary>"en" or "fa": the language the plan was written in.</summary>
    public string Language { get; set; } = "en";

    /// <summary>The day the plan starts counting; KPI targets are pro-rated from here.</summary>
    public DateOnly? StartDate { get; set; }

    public Situation Situation { get; set; } = new();

    public List<Objective> Objectives { get; set; } = [];

    public Strategy Strategy { get; set; } = new();

    public Tactics Tactics { get; set; } = new();

    public List<ActionItem> Actions { get; set; } = [];

    /// <summary>Implementation over time: the weekly rhythm per platform and dated posts.</summary>
    public ContentCalendar Calendar { get; set; } = new();

    public List<Campaign> Campaigns { get; set; } = [];

    public Control Control { get; set; } = new();

    public Objective? FindObjective(string id) => Objectives.Find(o => o.Id == id);
}

namespace StrategyBot.Domain.Planning;

/// <summary>
/// A social-media marketing plan following SOSTAC. Immutable, like every part of it, so one plan read from storage can
/// be shared by every reader of a turn; a change is a new plan (a <c>with</c> expression or a method here).
/// </summary>
public sealed record MarketingPlan
{
    public string Id { get; init; } = "";

    public string? OwnerId { get; init; }

    /// <summary>"en" or "fa": the language the plan was written in.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The day the plan starts counting; KPI targets are pro-rated from here.</summary>
    public DateOnly? StartDate { get; init; }

    public Situation Situation { get; init; } = new();

    public IReadOnlyList<Objective> Objectives { get; init; } = [];

    public Strategy Strategy { get; init; } = new();

    public Tactics Tactics { get; init; } = new();

    public IReadOnlyList<ActionItem> Actions { get; init; } = [];

    /// <summary>Implementation over time: the weekly rhythm per platform and dated posts.</summary>
    public ContentCalendar Calendar { get; init; } = new();

    public IReadOnlyList<Campaign> Campaigns { get; init; } = [];

    public Control Control { get; init; } = new();

    public Objective? FindObjective(string id) => Objectives.FirstOrDefault(o => o.Id == id);

    /// <summary>This plan with <paramref name="objective"/> in place of the objective with its id, or added after the others.</summary>
    public MarketingPlan WithObjective(Objective objective)
    {
        ArgumentNullException.ThrowIfNull(objective);
        var index = Objectives.FindIndex(o => o.Id == objective.Id);
        return this with { Objectives = Objectives.PutAt(index < 0 ? Objectives.Count : index, objective) };
    }

    /// <summary>This plan without the objective <paramref name="id"/> and the KPI targets that measure it.</summary>
    public MarketingPlan WithoutObjective(string id) => this with
    {
        Objectives = [.. Objectives.Where(o => o.Id != id)],
        Control = Control with { KpiTargets = [.. Control.KpiTargets.Where(k => k.ObjectiveId != id)] },
    };
}

using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Smart;

/// <summary>What the SMART check knows besides the objective's text.</summary>
public sealed class SmartContext
{
    public required DateOnly Today { get; init; }

    /// <summary>Current presence per platform; followers and weekly reach become baselines.</summary>
    public IReadOnlyList<PlatformPresence> Presence { get; init; } = [];

    public IReadOnlyList<Persona> Personas { get; init; } = [];

    /// <summary>"fa" makes "end of the year" mean the end of the Jalali year even in mixed text.</summary>
    public string? Language { get; init; }

    /// <summary>The goal family the user already picked for this objective, if any.</summary>
    public GoalFamily? GoalFamily { get; init; }

    /// <summary>The platforms the plan uses so far: those of its presence and its personas.</summary>
    public IReadOnlyList<Platform> PlanPlatforms() =>
        Presence.Select(p => p.Platform).Concat(Personas.SelectMany(p => p.Platforms)).Distinct().ToList();

    public static SmartContext FromPlan(MarketingPlan plan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new SmartContext
        {
            Today = today,
            Presence = plan.Situation.Presence,
            Personas = plan.Situation.Personas,
            Language = plan.Language,
        };
    }
}

namespace StrategyBot.Domain.Planning;

/// <summary>A required part of a step that is still missing; the App turns each into a sentence.</summary>
public enum PlanGap
{
    BusinessDescription,
    ProductsAndServices,
    CustomerNeeds,
    Personas,
    TooManyPersonas,
    PlatformPresence,
    Objectives,
    TooManyObjectives,
    ObjectiveIncomplete,
    StrategyPlatforms,
    ContentPaidSplit,
    Differentiator,
    PlatformTactics,
    CommunityResponder,
    BudgetSplit,
    ActionItems,
    ActionItemIncomplete,
    ObjectiveWithoutKpi,
    CheckInSlot,
}

namespace StrategyBot.Domain.Planning;

/// <summary>Why a campaign or an experiment cannot be saved as entered.</summary>
public enum PlanIssue
{
    NameMissing,
    EndsBeforeItStarts,
    NegativeBudget,
    HypothesisMissing,
    VariantMissing,
    MetricMissing,
}

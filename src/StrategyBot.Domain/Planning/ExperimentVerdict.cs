namespace StrategyBot.Domain.Planning;

/// <summary>How an A/B test came out.</summary>
public enum ExperimentVerdict
{
    /// <summary>Still running, or ended with no result given yet.</summary>
    Pending,
    VariantA,
    VariantB,
    NoDifference,
}

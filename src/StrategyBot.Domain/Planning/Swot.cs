namespace StrategyBot.Domain.Planning;

/// <summary>Strengths, weaknesses, opportunities and threats.</summary>
public sealed record Swot
{
    public IReadOnlyList<string> Strengths { get; init; } = [];

    public IReadOnlyList<string> Weaknesses { get; init; } = [];

    public IReadOnlyList<string> Opportunities { get; init; } = [];

    public IReadOnlyList<string> Threats { get; init; } = [];

    public bool IsEmpty() => Strengths.Count + Weaknesses.Count + Opportunities.Count + Threats.Count == 0;
}

namespace StrategyBot.Domain.Planning;

/// <summary>Strengths, weaknesses, opportunities and threats.</summary>
public sealed class Swot
{
    public List<string> Strengths { get; set; } = [];

    public List<string> Weaknesses { get; set; } = [];

    public List<string> Opportunities { get; set; } = [];

    public List<string> Threats { get; set; } = [];

    public bool IsEmpty() => Strengths.Count + Weaknesses.Count + Opportunities.Count + Threats.Count == 0;
}

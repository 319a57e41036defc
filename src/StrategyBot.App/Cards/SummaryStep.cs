using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Cards;

/// <summary>What the plan summary shows for one SOSTAC step.</summary>
internal sealed record SummaryStep(
    SostacStep Step,
    StepState State,
    IReadOnlyList<SummaryLine> Lines,
    IReadOnlyList<(string Title, string Value)> Facts);

using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>A recognised command with what came with it: the step to edit, the language to switch to, the goal text.</summary>
internal sealed record InterviewCommand(InterviewCommandKind Kind)
{
    public SostacStep? Step { get; init; }

    public Language? Language { get; init; }

    public string? Text { get; init; }
}

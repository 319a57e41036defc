using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>
/// A loop of a step, such as the personas: its name and how many items the plan holds. Its questions are asked
/// once per item (the flow's current item); the first one adds a new item and may drop the one it is about.
/// </summary>
internal sealed record QuestionLoop(string Name, Func<MarketingPlan, int> Count)
{
    /// <summary>True for the question that adds a new item (it may be asked with Item == Count).</summary>
    public bool StartsItem { get; private init; }

    /// <summary>
    /// For the first question of a loop whose items the user may drop ("remove"): removes the item from the plan, or
    /// leaves it when it must stay; returns what to say and, when removed, where the flow goes next.
    /// </summary>
    public Func<QuestionScope, (AnswerProblem Said, QuestionRoute? Next)>? Remove { get; private init; }

    /// <summary>The loop as its first question sees it.</summary>
    public QuestionLoop Starting(Func<QuestionScope, (AnswerProblem Said, QuestionRoute? Next)>? remove = null) =>
        this with { StartsItem = true, Remove = remove };

    /// <summary>True when <paramref name="other"/> is the same loop (as any of its questions sees it).</summary>
    public bool IsSame(QuestionLoop? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);
}

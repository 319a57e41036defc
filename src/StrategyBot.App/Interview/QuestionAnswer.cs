namespace StrategyBot.App.Interview;

/// <summary>How a question was answered: with a value, skipped (optional questions), or kept as it was.</summary>
internal sealed record QuestionAnswer(object? Value, bool Skipped, bool Kept)
{
    public static QuestionAnswer Given(object value) => new(value, Skipped: false, Kept: false);

    public static QuestionAnswer Skip { get; } = new(null, Skipped: true, Kept: false);

    public static QuestionAnswer Keep { get; } = new(null, Skipped: false, Kept: true);

    /// <summary>True when the answer is the boolean true (a confirm question answered yes).</summary>
    public bool IsYes => Value is true;
}

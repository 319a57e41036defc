namespace StrategyBot.App.Cards;

/// <summary>
/// One field of a form card. <see cref="Label"/>, <see cref="Problem"/> and the choices' titles are shown as text; the
/// value is what the input holds (the answer in the plan, or what the user typed when the field needs fixing).
/// </summary>
public sealed record FormCardField(string Id, string Label, QuestionInputKind Input)
{
    public IReadOnlyList<CardChoice> Choices { get; init; } = [];

    public bool AllowMultiple { get; init; }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    public DateOnly? EarliestDate { get; init; }

    /// <summary>The input's value in invariant form ("12.5", "2027-06-21", choice values joined by commas, text).</summary>
    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public int MaxLength { get; init; } = 1000;

    public bool Multiline { get; init; }

    /// <summary>What is wrong with the submitted value, shown under the input; null when nothing is.</summary>
    public string? Problem { get; init; }
}

namespace StrategyBot.App.Cards;

/// <summary>
/// What a form card shows. Every string is shown as text and must already be in the card's language; user-supplied
/// parts of the title go through <see cref="CardText.Escape"/> before composing it.
/// </summary>
public sealed record FormCardContent(string PromptId, string Title, IReadOnlyList<FormCardField> Fields)
{
    /// <summary>How to use the card: fill in and save, or type the first answer.</summary>
    public string Intro { get; init; } = string.Empty;

    /// <summary>The line over the fields when some need fixing; null when none do.</summary>
    public string? ProblemSummary { get; init; }

    public string SaveTitle { get; init; } = "Save";

    /// <summary>
    /// What a client that cannot render the card shows; null lists the fields. The interview gives the first
    /// question as its own message would ask it, since a typed answer answers that question.
    /// </summary>
    public string? FallbackText { get; init; }
}

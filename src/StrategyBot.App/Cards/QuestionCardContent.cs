namespace StrategyBot.App.Cards;

/// <summary>
/// What a question card asks. <see cref="Question"/> and <see cref="HelpLine"/> are shown as markdown and are
/// trusted: put user-supplied parts through <see cref="CardText.Escape"/> before composing them.
/// </summary>
public sealed record QuestionCardContent(string PromptId, string Question, QuestionInputKind Input)
{
    /// <summary>An optional line under the question saying why it matters or what a good answer looks like.</summary>
    public string? HelpLine { get; init; }

    /// <summary>The options of a <see cref="QuestionInputKind.Choice"/> question.</summary>
    public IReadOnlyList<CardChoice> Choices { get; init; } = [];

    /// <summary>Whether several choices may be picked; they are submitted comma-separated.</summary>
    public bool AllowMultiple { get; init; }

    /// <summary>Lowest number a Number input suggests (clients may ignore it; revalidate on the server).</summary>
    public decimal? Min { get; init; }

    /// <summary>Highest number a Number input suggests.</summary>
    public decimal? Max { get; init; }

    /// <summary>Earliest date a Date input offers.</summary>
    public DateOnly? EarliestDate { get; init; }

    /// <summary>Latest date a Date input offers.</summary>
    public DateOnly? LatestDate { get; init; }

    /// <summary>The previous answer to pre-fill, in invariant form ("12.5", "2027-06-21", a choice value, text).</summary>
    public string? CurrentValue { get; init; }

    /// <summary>Placeholder shown in an empty Text or Number input.</summary>
    public string? Placeholder { get; init; }

    /// <summary>Longest answer a Text input accepts.</summary>
    public int MaxLength { get; init; } = 1000;

    /// <summary>Whether a Text input offers several lines.</summary>
    public bool Multiline { get; init; }

    /// <summary>Whether the card refuses to submit without an answer (optional steps set false).</summary>
    public bool IsRequired { get; init; } = true;
}

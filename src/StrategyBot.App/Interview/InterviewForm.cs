namespace StrategyBot.App.Interview;

/// <summary>
/// Related questions of a step asked together in one form card (SWOT's four parts, a persona's fields). The fields
/// are the step's own questions, in the flow's order, so each is parsed, checked and saved by the question's code;
/// a user who types instead answers the first and is asked the rest one at a time. A loop's form is about one item.
/// </summary>
internal sealed record InterviewForm(FormText Title, IReadOnlyList<InterviewFormField> Fields)
{
    /// <summary>The question the form stands in for: when the flow reaches it, the form card is sent instead.</summary>
    public string FirstKey => Fields[0].Key;

    /// <summary>The title's argument: the loop item's number, or the item's own words (a platform name).</summary>
    public Func<QuestionScope, object?>? TitleArg { get; init; }

    public bool Contains(string? key) => Fields.Any(f => string.Equals(f.Key, key, StringComparison.Ordinal));

    public static InterviewForm Of(FormText title, params (string Key, FormText Label)[] fields) =>
        new(title, [.. fields.Select(f => new InterviewFormField(f.Key, f.Label))]);
}

namespace StrategyBot.App.Interview;

/// <summary>Where a question flow goes next: a question key and the item of its loop; a null key ends the flow.</summary>
internal readonly record struct QuestionRoute(string? Key, int Item)
{
    public static QuestionRoute End { get; } = new(null, 0);

    public bool IsEnd => Key is null;
}

namespace StrategyBot.App.Interview;

/// <summary>One field of a form card: the question it asks (by key) and its short label on the card.</summary>
internal sealed record InterviewFormField(string Key, FormText Label);

namespace StrategyBot.App.PlanDocument;

/// <summary>The two forms the plan document comes in.</summary>
internal enum PlanDocumentFormat
{
    Word,
    Markdown,
}

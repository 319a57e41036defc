namespace StrategyBot.App.PlanDocument;

/// <summary>What a block of the plan document is; the Word and Markdown writers each have one form per kind.</summary>
internal enum PlanBlockKind
{
    Title,
    Heading,
    Subheading,
    Paragraph,
    Bullet,
    Image,
}

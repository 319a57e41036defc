namespace StrategyBot.App.PlanDocument;

/// <summary>
/// One block of the plan document: a heading, a paragraph, a bullet ("Label: text") or the chart. <see cref="Literal"/>
/// text (hashtags) is written exactly as the user typed it, never treated as markup.
/// </summary>
internal sealed record PlanBlock(PlanBlockKind Kind, string Text, string? Label = null, bool Literal = false, byte[]? Png = null);

namespace StrategyBot.Testing;

/// <summary>
/// Something a person would see as broken: <see cref="Kind"/> is "outside-card" (sticks out past the card's edge),
/// "text-ellipsis" (text cut with …), "clipped-horizontally", "clipped-vertically" or "page-scrolls-sideways".
/// </summary>
public sealed record CardRenderProblem(string Kind, string Element, string Text, double OverflowPx)
{
    public override string ToString() => $"{Kind} by {OverflowPx} px at {Element}: \"{Text}\"";
}

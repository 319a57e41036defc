namespace StrategyBot.Domain.Planning;

/// <summary>One platform's week: which format about which pillar on which day.</summary>
public sealed record PlatformRhythm
{
    public Platform Platform { get; init; }

    public IReadOnlyList<CalendarSlot> Slots { get; init; } = [];
}

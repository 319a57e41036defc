namespace StrategyBot.Domain.Planning;

/// <summary>One platform's week: which format about which pillar on which day.</summary>
public sealed class PlatformRhythm
{
    public Platform Platform { get; set; }

    public List<CalendarSlot> Slots { get; set; } = [];
}

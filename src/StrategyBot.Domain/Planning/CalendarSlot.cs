namespace StrategyBot.Domain.Planning;

/// <summary>One beat of a platform's weekly rhythm: on this day, this format about this pillar ("Tuesday: reel, recipes").</summary>
public sealed class CalendarSlot
{
    public DayOfWeek Day { get; set; }

    public string Format { get; set; } = "";

    public string? Pillar { get; set; }
}

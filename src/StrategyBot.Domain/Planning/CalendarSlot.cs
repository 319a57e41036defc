namespace StrategyBot.Domain.Planning;

/// <summary>One beat of a platform's weekly rhythm: on this day, this format about this pillar ("Tuesday: reel, recipes").</summary>
public sealed record CalendarSlot
{
    public DayOfWeek Day { get; init; }

    public string Format { get; init; } = "";

    public string? Pillar { get; init; }
}

namespace StrategyBot.Domain.CheckIns;

/// <summary>Which week a check-in asks about.</summary>
public static class ReportingWeek
{
    /// <summary>
    /// The week a check-in at local time <paramref name="localMoment"/> asks about: the week that holds the day three
    /// days earlier. A Monday-to-Wednesday check-in reports the week just finished (a Monday 09:00 slot has seen none
    /// of the new week yet); Thursday to Sunday, the current one.
    /// </summary>
    public static IsoWeek At(DateTime localMoment) => IsoWeek.FromDate(DateOnly.FromDateTime(localMoment).AddDays(-3));
}

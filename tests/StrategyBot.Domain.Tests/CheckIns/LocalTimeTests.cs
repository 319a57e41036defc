using StrategyBot.Domain.CheckIns;

namespace StrategyBot.Domain.Tests.CheckIns;

public sealed class LocalTimeTests
{
    [Theory]
    [InlineData("America/New_York", "2026-03-08", "02:30", "2026-03-08T07:00:00Z")]
    [InlineData("Europe/Berlin", "2026-03-29", "02:30", "2026-03-29T01:00:00Z")]
    [InlineData("Asia/Tehran", "2022-03-22", "00:30", "2022-03-21T20:30:00Z")]
    public void ToInstant_SpringForwardGap_MovesToFirstValidInstant(string zone, string date, string time, string expected)
    {
        var instant = LocalTime.ToInstant(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), Zones.ById(zone));

        Assert.Equal(Zones.Utc(expected), instant);
    }

    [Theory]
    [InlineData("America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30:00Z")]
    [InlineData("Europe/Berlin", "2026-10-25", "02:30", "2026-10-25T00:30:00Z")]
    [InlineData("Asia/Tehran", "2022-09-21", "23:30", "2022-09-21T19:00:00Z")]
    public void ToInstant_FallBackRepeat_TakesFirstOccurrence(string zone, string date, string time, string expected)
    {
        var instant = LocalTime.ToInstant(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), Zones.ById(zone));

        Assert.Equal(Zones.Utc(expected), instant);
    }

    [Theory]
    [InlineData("2023-03-22", "00:30", "2023-03-21T21:00:00Z")]
    [InlineData("2026-03-22", "00:30", "2026-03-21T21:00:00Z")]
    [InlineData("2026-06-15", "09:00", "2026-06-15T05:30:00Z")]
    [InlineData("2026-09-21", "23:30", "2026-09-21T20:00:00Z")]
    public void ToInstant_TehranSince2023_IsAlwaysPlusThreeThirty(string date, string time, string expected)
    {
        var zone = Zones.Tehran;
        var local = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var instant = LocalTime.ToInstant(local, TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), zone);

        Assert.Equal(Zones.Utc(expected), instant);
        Assert.False(zone.IsInvalidTime(local.ToDateTime(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void FromInstant_UtcInstant_ReturnsWallClockInZone()
    {
        var (date, time) = LocalTime.FromInstant(Zones.Utc("2026-11-26T06:00:00Z"), Zones.Tehran);

        Assert.Equal(new DateOnly(2026, 11, 26), date);
        Assert.Equal(new TimeOnly(9, 30), time);
    }
}
